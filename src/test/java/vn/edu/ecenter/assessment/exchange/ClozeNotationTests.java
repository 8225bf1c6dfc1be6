package vn.edu.ecenter.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;

@DisplayName("Đoạn điền khuyết trong trang soạn (cách viết của Moodle)")
class ClozeNotationTests {

    private final ImportResult moodle =
            QuestionReader.read(QuestionFormat.MOODLE_XML, Samples.file("cau-hoi-moodle.xml"));

    @Test
    @DisplayName("Câu điền khuyết nhập từ Moodle: viết ra rồi đọc lại được đúng như cũ")
    void anImportedClozeIsWrittenAndReadBackUnchanged() {
        var cloze = (Body.Cloze) Samples.imported(moodle, 6).spec().question().body();
        List<String> problems = new ArrayList<>();

        String written = ClozeNotation.write(cloze);
        Body.Cloze read = ClozeNotation.read(written, null, problems);

        assertThat(written)
                .isEqualTo(
                        "Phương trình \\(x^2 = 4\\) có {1:MULTICHOICE:%0%hai~%100%hai nghiệm~%0%một nghiệm} là"
                                + " \\(x = \\pm\\){2:NUMERICAL:%100%2:0} và tập nghiệm viết là {1:SHORTANSWER:%100%{-2; 2\\}}.");
        assertThat(problems).isEmpty();
        assertThat(read).isEqualTo(cloze);
    }

    @Test
    @DisplayName("Khóa phương án và đơn vị của bản trước được giữ khi phương án không đổi")
    void keysAndUnitsOfThePreviousVersionAreKept() {
        var previous = new Body.Cloze(
                "[[1]] và [[2]]",
                List.of(
                        new Body.Gap(
                                new Body.Choice(
                                        false, List.of(Option.right("q7", "Có"), Option.wrong("q9", "Không")), true),
                                1),
                        new Body.Gap(new Body.Numeric(List.of(NumericAnswer.exactly("5")), "cm"), 1)));
        List<String> problems = new ArrayList<>();

        Body.Cloze read = ClozeNotation.read(ClozeNotation.write(previous), previous, problems);
        Body.Cloze changed =
                ClozeNotation.read("{1:MULTICHOICE_S:=Đúng~Không} và {1:NUMERICAL:=5}", previous, new ArrayList<>());

        assertThat(read).isEqualTo(previous);
        assertThat(((Body.Choice) changed.gaps().getFirst().body()).options())
                .extracting(Option::key)
                .containsExactly("A", "q9");
    }

    @Test
    @DisplayName("Loại chỗ trống không biết: báo lỗi, không có chỗ trống nào")
    void anUnknownGapTypeIsAProblem() {
        List<String> problems = new ArrayList<>();

        Body.Cloze read = ClozeNotation.read("Thủ đô là {1:DROPDOWN:=Hà Nội}.", null, problems);

        assertThat(read.gaps()).isEmpty();
        assertThat(problems).singleElement().asString().contains("DROPDOWN");
    }
}
