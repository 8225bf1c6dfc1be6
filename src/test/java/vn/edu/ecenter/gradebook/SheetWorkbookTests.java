package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.gradebook.GradebookFixture.mark;
import static vn.edu.ecenter.gradebook.GradebookFixture.tx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.gradebook.GradebookFixture.Book;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Score;
import vn.edu.ecenter.platform.spreadsheet.CellProblem;
import vn.edu.ecenter.support.EcenterTest;

@EcenterTest
@DisplayName("Sổ điểm: xuất và nhập Excel (.xlsx)")
class SheetWorkbookTests {

    /** Columns of the export: STT, learner code, full name, then TX 1…n, GK, CK, ĐTBmhk. */
    private static final int CODE = 1;

    private static final int FIRST_MARK = 3;

    @Autowired
    Gradebook gradebook;

    @Autowired
    GradebookFixture fixture;

    @Autowired
    MessageSource messages;

    @Autowired
    vn.edu.ecenter.academics.AcademicsFixture learners;

    Book book;

    @BeforeEach
    void openClass() {
        book = fixture.open();
        fixture.as(
                book.maths(),
                () -> gradebook.save(
                        book.classId(),
                        book.tin(),
                        1,
                        List.of(tx(book.an(), 1, "8,5"), tx(book.binh(), 1, "6"), mark(book.binh(), "CK", "7"))));
    }

    private byte[] export() {
        return fixture.as(book.maths(), () -> gradebook.exportSheet(book.classId(), book.tin(), 1));
    }

    private SheetImport importing(byte[] content) {
        return fixture.as(
                book.maths(), () -> gradebook.importSheet(book.classId(), book.tin(), 1, content, "so-diem.xlsx"));
    }

    private ScoreSheet sheet() {
        return fixture.as(book.maths(), () -> gradebook.sheet(book.classId(), book.tin(), 1));
    }

    private Score markOf(UUID learner, MarkSlot slot) {
        return (Score) sheet().rows().stream()
                .filter(r -> r.learnerId().equals(learner))
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.slot().equals(slot))
                .findFirst()
                .orElseThrow()
                .mark();
    }

    /** The workbook's learner row of a code. */
    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            Cell cell = row.getCell(CODE);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    private String code(UUID learner) {
        return sheet().rows().stream()
                .filter(r -> r.learnerId().equals(learner))
                .findFirst()
                .orElseThrow()
                .code();
    }

    private interface Edit {
        void apply(Sheet sheet) throws IOException;
    }

    private static byte[] edited(byte[] content, Edit edit) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            edit.apply(workbook.getSheetAt(0));
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("Xuất rồi nhập lại: điểm số và điểm gõ \"7,5\" được đọc; ô trống giữ điểm đang có")
    void exportedSheetComesBackWithTheNewMarks() throws IOException {
        byte[] exported = export();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Row an = rowOf(workbook.getSheetAt(0), code(book.an()));
            assertThat(an.getCell(FIRST_MARK).getNumericCellValue()).isEqualTo(8.5);
        }

        SheetImport unchanged = importing(exported);
        assertThat(unchanged.saved()).as(unchanged.problems().toString()).isTrue();
        assertThat(unchanged.changed()).as("the same marks come back").isZero();

        byte[] filled = edited(exported, sheet -> {
            Row an = rowOf(sheet, code(book.an()));
            an.createCell(FIRST_MARK + 1).setCellValue("7,5");
            Row binh = rowOf(sheet, code(book.binh()));
            binh.getCell(FIRST_MARK).setCellValue(9);
            binh.createCell(FIRST_MARK + 2).setCellValue(6.5);
            binh.createCell(FIRST_MARK + 3).setCellValue("8.0");
        });
        SheetImport imported = importing(filled);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.rows()).isEqualTo(2);
        assertThat(imported.changed()).isEqualTo(4);
        assertThat(markOf(book.an(), MarkSlot.regular(1))).isEqualTo(Score.of("8.5"));
        assertThat(markOf(book.an(), MarkSlot.regular(2))).isEqualTo(Score.of("7.5"));
        assertThat(markOf(book.binh(), MarkSlot.regular(1))).isEqualTo(Score.of("9"));
        assertThat(markOf(book.binh(), MarkSlot.regular(3))).isEqualTo(Score.of("6.5"));
        assertThat(markOf(book.binh(), MarkSlot.MID_TERM)).isEqualTo(Score.of("8"));
        assertThat(fixture.as(book.maths(), () -> gradebook.changes(book.classId(), book.tin(), 1)))
                .filteredOn(change -> change.source() == MarkChange.Source.IMPORT)
                .hasSize(4);
    }

    @Test
    @DisplayName("Một ô sai: không nhập ô nào, lỗi theo dòng và cột")
    void oneBadCellRejectsTheWholeFileWithRowErrors() throws IOException {
        byte[] bad = edited(export(), sheet -> {
            Row an = rowOf(sheet, code(book.an()));
            an.createCell(FIRST_MARK + 1).setCellValue(11);
            Row binh = rowOf(sheet, code(book.binh()));
            binh.getCell(FIRST_MARK).setCellValue("6,25");
            binh.createCell(FIRST_MARK + 2).setCellValue(9);
            Row stranger = sheet.createRow(sheet.getLastRowNum() + 1);
            stranger.createCell(0).setCellValue(3);
            stranger.createCell(CODE).setCellValue(learners.learnerCode(book.chi()));
            stranger.createCell(FIRST_MARK).setCellValue(5);
        });

        SheetImport refused = importing(bad);

        assertThat(refused.saved()).isFalse();
        assertThat(refused.changed()).isZero();
        List<String> texts = refused.problems().stream()
                .map(p -> p.row() + " " + p.column() + ": "
                        + messages.getMessage(p.key(), p.args().toArray(), Locale.forLanguageTag("vi")))
                .toList();
        assertThat(refused.problems())
                .extracting(CellProblem::key)
                .containsExactlyInAnyOrder(
                        "gradebook.mark.outOfRange", "gradebook.mark.tooManyDecimals", "gradebook.import.notTaking");
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("ngoài thang điểm 10"));
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("không có trong danh sách học môn Tin học"));
        assertThat(markOf(book.binh(), MarkSlot.regular(1)))
                .as("nothing was saved")
                .isEqualTo(Score.of("6"));
        assertThat(markOf(book.binh(), MarkSlot.regular(3))).isNull();
    }
}
