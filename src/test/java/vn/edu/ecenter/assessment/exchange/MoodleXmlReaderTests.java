package vn.edu.ecenter.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.ecenter.assessment.exchange.Samples.imported;
import static vn.edu.ecenter.assessment.exchange.Samples.rejected;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;

@DisplayName("Nhập câu hỏi từ tệp Moodle XML")
class MoodleXmlReaderTests {

    private final ImportResult result =
            QuestionReader.read(QuestionFormat.MOODLE_XML, Samples.file("cau-hoi-moodle.xml"));

    @Test
    void reportsEveryQuestionButNotTheCategories() {
        assertThat(result.entries())
                .extracting(ImportResult.Entry::item)
                .containsExactly(
                        "Câu 1: Định lí Py-ta-go",
                        "Câu 2: Tổng ba góc",
                        "Câu 3: Tên tam giác",
                        "Câu 4: Chu vi",
                        "Câu 5: Ghép hằng đẳng thức",
                        "Câu 6: Chứng minh bất đẳng thức",
                        "Câu 7: Điền khuyết",
                        "Câu 8: Các bước giải",
                        "Câu 9: Câu tính toán",
                        "Câu 10: Hai đáp án đúng",
                        "Câu 11: Câu của cấp THCS");
    }

    @Test
    @DisplayName(
            "Trắc nghiệm: HTML thành văn bản, hình nhúng base64 thành hình của câu, thẻ Khối/Mức độ thành siêu dữ liệu")
    void readsAMultichoiceWithItsEmbeddedImageCategoryAndTags() {
        var question = imported(result, 0);

        assertThat(question.spec().question().text())
                .isEqualTo("Tam giác vuông có hai cạnh góc vuông \\(a = 3\\), \\(b = 4\\). Cạnh huyền bằng");
        assertThat(question.picture()).isNotNull();
        assertThat(question.picture().name()).isEqualTo("hình");
        assertThat(question.picture().content()).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Choice(
                        false,
                        List.of(Option.right("A", "5"), Option.wrong("B", "7"), Option.wrong("C", "\\(\\sqrt{7}\\)")),
                        false));
        assertThat(question.spec().question().feedback()).isEqualTo("\\(c = \\sqrt{a^2 + b^2} = 5\\)");
        assertThat(question.spec().metadata().topic()).isEqualTo("Hình học/Tam giác");
        assertThat(question.spec().metadata().grade()).isEqualTo(10);
        assertThat(question.spec().metadata().level()).isEqualTo(CognitiveLevel.HIEU);
        assertThat(question.spec().metadata().tags()).containsExactly("ôn thi");
        assertThat(question.notes()).containsExactly("Phản hồi riêng từng phương án không được giữ.");
    }

    @Test
    void readsTrueFalseAsAChoiceBetweenDungAndSai() {
        assertThat(imported(result, 1).spec().question().body())
                .isEqualTo(new Body.Choice(false, List.of(Option.right("A", "Đúng"), Option.wrong("B", "Sai")), false));
    }

    @Test
    void notesThatAMoodleWildcardIsReadAsAPlainCharacter() {
        var question = imported(result, 2);

        assertThat(question.spec().question().body())
                .isEqualTo(new Body.ShortAnswer(
                        List.of(Accepted.full("đều"), new Accepted("tam giác đều*", new BigDecimal("0.5"))), false));
        assertThat(question.notes())
                .containsExactly(
                        "Dấu * trong đáp án «tam giác đều*» được hiểu là ký tự thường, không phải «khớp mọi chuỗi».");
    }

    @Test
    void keepsTheMainUnitAndNotesTheConvertedOnes() {
        var question = imported(result, 3);

        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Numeric(
                        List.of(new NumericAnswer(new BigDecimal("7.5"), new BigDecimal("0.05"), BigDecimal.ONE)),
                        "cm"));
        assertThat(question.notes()).containsExactly("Đơn vị quy đổi «mm» không được giữ; chỉ giữ đơn vị chính.");
    }

    @Test
    void readsMatchingUnderTheNextCategory() {
        var question = imported(result, 4);

        assertThat(question.spec().metadata().topic()).isEqualTo("Đại số");
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Matching(
                        List.of(
                                new Pair("1", "\\((a + b)^2\\)", "\\(a^2 + 2ab + b^2\\)"),
                                new Pair("2", "\\((a - b)^2\\)", "\\(a^2 - 2ab + b^2\\)")),
                        List.of("\\(a^2 - b^2\\)")));
    }

    @Test
    void readsTheRubricLinesOfAnEssayAndNotesTheFreeText() {
        var question = imported(result, 5);

        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Essay(List.of(
                        new Criterion("Biến đổi về \\((a - b)^2 \\ge 0\\)", BigDecimal.ONE),
                        new Criterion("Kết luận đúng", new BigDecimal("0.5")))));
        assertThat(question.notes())
                .containsExactly("Hướng dẫn chấm không theo dạng «Nội dung — 0,5 điểm» nên không được giữ.");
    }

    @Test
    @DisplayName("Cloze (multianswer) thành câu điền khuyết với [[1]], [[2]], [[3]]")
    void readsEmbeddedAnswersAsAClozeWithNumberedGaps() {
        var question = imported(result, 6);
        var cloze = (Body.Cloze) question.spec().question().body();

        assertThat(cloze.text())
                .isEqualTo("Phương trình \\(x^2 = 4\\) có [[1]] là \\(x = \\pm\\)[[2]] và tập nghiệm viết là [[3]].");
        assertThat(cloze.gaps())
                .containsExactly(
                        new Body.Gap(
                                new Body.Choice(
                                        false,
                                        List.of(
                                                Option.wrong("A", "hai"),
                                                Option.right("B", "hai nghiệm"),
                                                Option.wrong("C", "một nghiệm")),
                                        false),
                                1),
                        new Body.Gap(new Body.Numeric(List.of(NumericAnswer.exactly("2")), null), 2),
                        new Body.Gap(new Body.ShortAnswer(List.of(Accepted.full("{-2; 2}")), false), 1));
        assertThat(question.notes()).containsExactly("Phản hồi riêng từng phương án không được giữ.");
    }

    @Test
    void readsAnOrderingQuestionMarkedAllOrNothing() {
        assertThat(imported(result, 7).spec().question().body())
                .isEqualTo(new Body.Ordering(
                        List.of(
                                new Item("1", "Chuyển vế"),
                                new Item("2", "Thu gọn"),
                                new Item("3", "Chia hai vế cho hệ số")),
                        false));
    }

    @Test
    void rejectsAnUnknownTypeNamingIt() {
        assertThat(rejected(result, 8).message()).isEqualTo("Loại câu hỏi Moodle «calculated» không được hỗ trợ.");
    }

    @Test
    void rejectsASingleChoiceWithTwoRightOptions() {
        assertThat(rejected(result, 9).message())
                .isEqualTo("Câu hỏi một lựa chọn phải có đúng một phương án đúng trọn điểm, đang có 2.");
    }

    @Test
    @DisplayName("Câu hỏi cho khối ngoài chương trình GDTX cấp THPT (10–12) bị từ chối, nêu khối")
    void rejectsAQuestionForAGradeOutsideTheProgramme() {
        assertThat(rejected(result, 10).message())
                .isEqualTo("Câu hỏi cho khối 6, không thuộc chương trình GDTX cấp THPT (khối 10–12): không nhập vào"
                        + " ngân hàng.");
    }

    @Test
    void refusesXmlThatIsNotAMoodleQuiz() {
        byte[] other = "<questestinterop/>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> QuestionReader.read(QuestionFormat.MOODLE_XML, other))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Tệp không phải câu hỏi Moodle XML: phần tử gốc là <questestinterop>, cần <quiz>.");
    }
}
