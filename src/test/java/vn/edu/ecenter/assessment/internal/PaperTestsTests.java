package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.NewTest;
import vn.edu.ecenter.assessment.PaperTests;
import vn.edu.ecenter.assessment.PaperTests.PaperSet;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.internal.TestStore.PaperVersion;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Statement;
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
    QuestionBanks banks;

    @Autowired
    Tenancy tenancy;

    @Autowired
    vn.edu.ecenter.assessment.QuestionImages pictures;

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

    @Test
    @DisplayName("Công thức trong đề và đáp án được vẽ (phân số, căn, ℝ); công thức viết sai in nguyên văn")
    void formulasArePrintedDrawnAndUnreadableOnesAsWritten() throws IOException {
        Metadata sets = new Metadata("", 10, "Tập hợp", CognitiveLevel.BIET, null, List.of());
        QuestionSpec choice = new QuestionSpec(
                new Question(
                        "Cho \\(A = \\{x \\in \\mathbb{R} \\mid x^2 \\le 4\\}\\). Giá trị của"
                                + " $$\\frac{3}{4} + \\sqrt{2}$$ gần nhất với số nào? (giá 5$ và 10$)",
                        Body.Choice.single(List.of(
                                Option.right("1", "\\(\\dfrac{43}{20}\\)"),
                                Option.wrong("2", "\\(\\infty\\)"),
                                Option.wrong("3", "\\(\\sqrt[3]{7}\\)"),
                                Option.wrong("4", "\\(\\frac{1}{2\\)"))),
                        null),
                sets);
        QuestionSpec statements = new QuestionSpec(
                new Question(
                        "Cho \\(f(x) = \\dfrac{x + 1}{x - 1}\\).",
                        new Body.Statements(List.of(
                                new Statement("a", "\\(f(0) = -1\\)", true),
                                new Statement("b", "\\(\\forall x \\ne 1,\\ f(x) \\ge 0\\)", false),
                                new Statement("c", "\\(\\lim_{x \\to +\\infty} f(x) = 1\\)", true),
                                new Statement("d", "\\(\\color{red}{f(2)} = 4\\)", false))),
                        null),
                sets);
        QuestionSpec essay = new QuestionSpec(
                new Question(
                        "Giải phương trình \\(x^2 - 5x + 6 = 0\\).",
                        new Body.Essay(List.of(
                                new Criterion("Tính \\(\\Delta = b^2 - 4ac = 1\\)", new BigDecimal("0.5")),
                                new Criterion("Nghiệm \\(x \\in \\{2; 3\\}\\)", new BigDecimal("0.5")))),
                        null),
                sets);
        QuestionSpec matching = new QuestionSpec(
                new Question(
                        "Ghép mỗi số với giá trị của nó.",
                        new Body.Matching(
                                List.of(
                                        new Pair("1", "\\(\\sqrt{9}\\)", "\\(3\\)"),
                                        new Pair("2", "\\(\\frac{1}{2}\\)", "\\(0,5\\)")),
                                List.of("\\(\\pi\\)")),
                        null),
                sets);
        QuestionSpec cloze = new QuestionSpec(
                new Question(
                        "Điền vào chỗ trống",
                        new Body.Cloze(
                                "Nghiệm của \\(x^3 = 8\\) là [[1]].",
                                List.of(new Body.Gap(
                                        Body.Choice.single(List.of(
                                                Option.right("1", "\\(\\sqrt[3]{8}\\)"),
                                                Option.wrong("2", "\\(\\alpha\\)"))),
                                        1))),
                        null),
                sets);
        for (QuestionSpec spec : List.of(choice, statements, essay, matching, cloze)) {
            fixture.as(room.ha(), () -> banks.addQuestion(room.bank().id(), spec));
        }
        TestView formulas = openTest(
                "Kiểm tra tập hợp",
                45,
                List.of(
                        new Blueprint.Row("Tập hợp", null, QuestionType.SINGLE_CHOICE, 1),
                        new Blueprint.Row("Tập hợp", null, QuestionType.TRUE_FALSE_STATEMENTS, 1),
                        new Blueprint.Row("Tập hợp", null, QuestionType.ESSAY, 1),
                        new Blueprint.Row("Tập hợp", null, QuestionType.MATCHING, 1),
                        new Blueprint.Row("Tập hợp", null, QuestionType.CLOZE, 1)));
        fixture.as(room.ha(), () -> papers.makeVersions(formulas.id(), 1));

        byte[] paperPdf = fixture.as(room.ha(), () -> papers.papers(formulas.id(), VI));
        String paper = Normalizer.normalize(text(paperPdf), Normalizer.Form.NFC);
        String key = Normalizer.normalize(
                text(fixture.as(room.ha(), () -> papers.key(formulas.id(), VI))), Normalizer.Form.NFC);

        // A picture of the first page, to look at: target/printed-math/papers.png
        try (PDDocument document = Loader.loadPDF(paperPdf)) {
            Path out = Path.of("target", "printed-math");
            Files.createDirectories(out);
            javax.imageio.ImageIO.write(
                    new PDFRenderer(document).renderImageWithDPI(0, 110),
                    "png",
                    out.resolve("papers.png").toFile());
        }
        // Drawn: the symbols, the fraction's parts on lines of their own, no TeX left of them.
        assertThat(paper).contains("ℝ", "∈", "≤", "√", "∞", "∀", "≠", "≥", "lim", "−1");
        assertThat(paper.lines().map(String::strip)).contains("3", "43", "20", "x + 1", "x − 1");
        assertThat(paper).contains("4 + √2");
        assertThat(paper).doesNotContain("\\mathbb", "\\sqrt", "\\dfrac", "\\infty", "\\forall", "\\(f(0)");
        // As written: the unreadable formulas and money.
        assertThat(paper).contains("\\(\\frac{1}{2\\)", "\\(\\color{red}{f(2)} = 4\\)", "(giá 5$ và 10$)");
        assertThat(key)
                .contains("Δ", "∈", "{2;", "3}", "√9 →", "0,5")
                .doesNotContain("\\Delta", "\\in", "\\sqrt", "\\frac");
        // Matching and cloze: prompts, the answers to choose from, the gaps' options.
        assertThat(paper).contains("√9", "π", "α", "3√8").doesNotContain("\\pi", "\\alpha", "\\sqrt[3]", "x^3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "webp"})
    @DisplayName("Câu hỏi có hình (PNG, hay WebP in thành PNG) in cả hình trên đề; câu không hình thì đề không có hình")
    void aQuestionsPictureIsPrintedOnThePaper(String kind) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        if (kind.equals("png")) {
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", bytes);
        } else {
            // One pixel, lossy WebP.
            bytes.writeBytes(
                    java.util.Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA"));
        }
        UUID picture =
                fixture.as(room.ha(), () -> pictures.upload(room.bank().id(), "tam-giac." + kind, bytes.toByteArray()));
        fixture.as(room.ha(), () -> banks.addQuestion(room.bank().id(), AssessmentFixture.triangle(picture)));
        TestView withPicture = openTest(
                "Kiểm tra hình học", 15, List.of(new Blueprint.Row("Hình học", null, QuestionType.SINGLE_CHOICE, 1)));
        fixture.as(room.ha(), () -> papers.makeVersions(withPicture.id(), 1));
        fixture.as(room.ha(), () -> papers.makeVersions(test.id(), 1));

        assertThat(images(fixture.as(room.ha(), () -> papers.papers(withPicture.id(), VI))))
                .isEqualTo(1);
        assertThat(images(fixture.as(room.ha(), () -> papers.papers(test.id(), VI))))
                .isZero();
    }

    private static int images(byte[] pdf) throws IOException {
        int count = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** A test of the classroom's bank, shuffled, one attempt, open from five minutes ago for two hours. */
    private TestView openTest(String title, int minutes, List<Blueprint.Row> rows) {
        Instant now = Instant.now();
        return classroom.set(
                room,
                new NewTest(
                        title,
                        room.bank().id(),
                        room.schoolClass().id(),
                        rows,
                        minutes,
                        now.minus(Duration.ofMinutes(5)),
                        now.plus(Duration.ofHours(2)),
                        true,
                        1,
                        null,
                        false,
                        Map.of()));
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
