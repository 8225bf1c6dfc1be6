package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.PaperTests;
import vn.edu.ecenter.assessment.PaperTests.PaperSet;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.internal.TestStore.PaperVersion;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;

/**
 * Paper versions (mã đề) of a test: the same questions in every version, grouped in the national exam's parts and
 * shuffled within them; the papers, the answer sheet and the key printed, the key naming the right option in each
 * version's own letters.
 */
@EcenterTest
@DisplayName("Đề in trên giấy: các mã đề cùng câu hỏi, khác thứ tự; in đề, phiếu trả lời và đáp án")
class PaperTestsTests {

    static final Locale VI = Locale.of("vi");

    @Autowired
    PaperTests papers;

    @Autowired
    AssessmentFixture classroom;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    TestStore store;

    @Autowired
    Tenancy tenancy;

    Classroom room;
    TestView test;

    @BeforeEach
    void aTest() {
        room = classroom.classroom();
        test = classroom.set(room, classroom.nationalStyle(room, false, null));
    }

    private List<PaperVersion> stored() {
        return tenancy.inCentre(
                fixture.centre(), () -> store.paperSet(test.id()).orElseThrow().versions());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @DisplayName("Mọi mã đề có cùng câu hỏi, phần trắc nghiệm trước phần đúng/sai")
    void everyVersionHasTheSameQuestionsInTheExamsParts() {
        PaperSet set = fixture.as(room.ha(), () -> papers.makeVersions(test.id(), 3));

        assertThat(set.codes()).containsExactly("101", "102", "103");
        assertThat(set.questions()).isEqualTo(3);
        List<PaperVersion> versions = stored();
        Set<UUID> first = new HashSet<>(versions.getFirst().entries().stream()
                .map(Paper.Entry::question)
                .toList());
        for (PaperVersion version : versions) {
            assertThat(version.entries()).extracting(Paper.Entry::question).containsExactlyInAnyOrderElementsOf(first);
            // Two single-choice questions (Phần I), then the four-statement question (Phần II).
            assertThat(version.entries().get(2).order()).isEmpty();
            assertThat(version.entries().get(0).order()).hasSize(4);
        }
    }

    @Test
    @DisplayName("Đáp án nêu đúng phương án đúng theo chữ cái của từng mã đề")
    void theKeyNamesTheRightOptionInEachVersionsLetters() throws IOException {
        fixture.as(room.ha(), () -> papers.makeVersions(test.id(), 2));

        String paperText = text(fixture.as(room.ha(), () -> papers.papers(test.id(), VI)));
        String keyText = text(fixture.as(room.ha(), () -> papers.key(test.id(), VI)));
        String sheet = text(fixture.as(room.ha(), () -> papers.answerSheet(test.id(), VI)));

        assertThat(paperText)
                .contains("Mã đề 101", "Mã đề 102", "PHẦN I. Câu trắc nghiệm", "PHẦN II. Câu trắc nghiệm đúng sai");
        assertThat(keyText).contains("ĐÁP ÁN – MÃ ĐỀ 101", "ĐÁP ÁN – MÃ ĐỀ 102", "a) Đúng; b) Sai; c) Đúng; d) Sai");
        assertThat(sheet).contains("PHIẾU TRẢ LỜI", "○ A", "○ D");
        // In each version the key's letter for "i + i = ?" is the letter printed before the option "2i".
        for (PaperVersion version : stored()) {
            String versionPaper = section(paperText, "Mã đề " + version.code(), "— HẾT —");
            String versionKey = section(
                    keyText,
                    "MÃ ĐỀ " + version.code(),
                    "ĐÁP ÁN – MÃ ĐỀ 10" + (version.code().equals("101") ? "2" : "9"));
            Matcher questions =
                    Pattern.compile("Câu (\\d)\\. (\\d) \\+ \\d = \\?").matcher(versionPaper);
            int found = 0;
            while (questions.find()) {
                int number = Integer.parseInt(questions.group(1));
                int i = Integer.parseInt(questions.group(2));
                String after = versionPaper.substring(questions.end());
                Matcher right = Pattern.compile("([A-D])\\. " + (2 * i) + "\\b").matcher(after);
                assertThat(right.find()).isTrue();
                assertThat(versionKey).containsPattern("(?m)^1 " + number + " " + right.group(1) + " 0,25$");
                found++;
            }
            assertThat(found).isEqualTo(2);
        }
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    @DisplayName("Số mã đề ngoài 1–24 bị từ chối; chưa tạo mã đề thì không in được; giáo viên khác lớp không tạo được")
    void badRequestsAreRefused() {
        assertThatThrownBy(() -> fixture.as(room.ha(), () -> papers.makeVersions(test.id(), 25)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("paperTest.error.count"));
        assertThatThrownBy(() -> fixture.as(room.ha(), () -> papers.key(test.id(), VI)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> fixture.as(room.lan(), () -> papers.makeVersions(test.id(), 2)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
