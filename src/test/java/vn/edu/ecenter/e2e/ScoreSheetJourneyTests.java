package vn.edu.ecenter.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.gradebook.Gradebook;
import vn.edu.ecenter.gradebook.GradebookFixture;
import vn.edu.ecenter.gradebook.GradebookFixture.Book;
import vn.edu.ecenter.gradebook.ScoreRow;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * A teacher entering scores in the grid as the user guide ({@code docs/user-guide/gradebook.md}) describes it: type and
 * Enter saves and moves down, a bad score turns red with its reason and does not hold back the next ones, arrows move,
 * a block pasted from Excel fills the grid and is saved. The page must run without a JavaScript error or a
 * Content-Security-Policy violation.
 */
@EcenterTest
class ScoreSheetJourneyTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    GradebookFixture fixture;

    @Autowired
    Gradebook gradebook;

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private List<String> marks(Book book, int row) {
        ScoreRow learner = fixture.as(book.maths(), () -> gradebook.sheet(book.classId(), book.toan(), 1))
                .rows()
                .get(row);
        return learner.cells().stream().map(cell -> cell.display()).toList();
    }

    @Test
    @DisplayName("Bảng điểm: gõ rồi Enter là lưu, ô sai báo đỏ không chặn ô sau, phím mũi tên, dán khối từ Excel")
    void aTeacherFillsTheGrid() {
        Book book = fixture.open();
        WatchedPage teacher = chromium.open(baseUrl(), Screen.DESKTOP);
        // The refused score answers 400, which Chromium logs as a failed load.
        teacher.tolerate("status of 400");
        teacher.signIn(book.maths().username(), TestAccounts.PASSWORD);
        Page page = teacher.page();
        page.navigate("/gradebook/classes/" + book.classId() + "/subjects/" + book.toan() + "/semesters/1");
        teacher.settle();
        Locator rows = page.locator("table.score-sheet tbody tr[data-learner]");
        assertThat(rows).hasCount(3);

        Locator first = rows.nth(0).locator("input.score-cell").nth(0);
        first.click();
        page.keyboard().type("8,5");
        page.keyboard().press("Enter");
        assertThat(rows.nth(0).locator("td.mark-cell").nth(0)).hasClass(Pattern.compile("cell-saved"));
        Locator below = rows.nth(1).locator("input.score-cell").nth(0);
        assertThat(below).isFocused();

        page.keyboard().type("11");
        page.keyboard().press("Enter");
        assertThat(rows.nth(1).locator("td.mark-cell").nth(0)).hasClass(Pattern.compile("cell-error"));
        assertThat(page.locator("#sheet-errors")).containsText("ngoài thang điểm 10");

        Locator third = rows.nth(2).locator("input.score-cell").nth(0);
        assertThat(third).isFocused();
        page.keyboard().type("7");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowUp");
        assertThat(first).isFocused();
        page.keyboard().press("ArrowRight");
        assertThat(rows.nth(0).locator("input.score-cell").nth(1)).isFocused();
        // The cell left with the arrow keys was saved although the cell above it is wrong.
        assertThat(rows.nth(2).locator("td.mark-cell").nth(0)).hasClass(Pattern.compile("cell-saved"));

        // A block of 2 rows × 3 columns copied from Excel, pasted into learner 1's ĐĐGtx 2.
        rows.nth(0).locator("input.score-cell").nth(1).evaluate("""
                input => {
                  const data = new DataTransfer();
                  data.setData('text/plain', '9\\t8,5\\t7\\r\\n6\\t5,5\\t4\\r\\n');
                  input.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
                }
                """);
        assertThat(rows.nth(1).locator("td.mark-cell").nth(3)).hasClass(Pattern.compile("cell-saved"));
        assertThat(rows.nth(0).locator("td.mark-cell").nth(1)).hasClass(Pattern.compile("cell-saved"));

        Assertions.assertThat(marks(book, 0)).startsWith("8,5", "9,0", "8,5", "7,0");
        Assertions.assertThat(marks(book, 1)).as("the wrong 11 was never saved").startsWith("", "6,0", "5,5", "4,0");
        Assertions.assertThat(marks(book, 2)).startsWith("7,0");
        teacher.screenshot("score-sheet");
    }
}
