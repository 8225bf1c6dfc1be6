package vn.edu.ecenter.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.assessment.exchange.Samples.imported;
import static vn.edu.ecenter.assessment.exchange.Samples.rejected;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

@DisplayName("Nhập câu hỏi QTI 2.1: gói nội dung và câu hỏi lẻ")
class QtiReaderTests {

    private static final List<String> PACKAGE = List.of(
            "imsmanifest.xml",
            "items/chon-mot.xml",
            "items/nhieu.xml",
            "items/dien.xml",
            "items/so.xml",
            "items/sap-xep.xml",
            "items/ghep.xml",
            "items/tu-luan.xml",
            "items/hotspot.xml",
            "images/do-thi.png");

    private final ImportResult result = QuestionReader.read(QuestionFormat.QTI21, zip());

    /** The sample package of src/test/resources/assessment/qti, zipped as a learning platform exports it. */
    static byte[] zip() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String name : PACKAGE) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Samples.file("qti/" + name));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Test
    void readsTheItemsInTheManifestsOrderNamedByIdentifierAndTitle() {
        assertThat(result.entries())
                .extracting(ImportResult.Entry::item)
                .containsExactly(
                        "dao-ham (Đạo hàm)",
                        "so-chan (Số chẵn)",
                        "song-dai-nhat (Sông dài nhất)",
                        "can-bac-hai",
                        "trieu-dai (Các triều đại)",
                        "thu-do (Thủ đô)",
                        "nghi-luan (Nghị luận)",
                        "ban-do (Bản đồ)",
                        "mat-tich");
        assertThat(result.notices())
                .containsExactly("Gói có 1 tài nguyên QTI không phải câu hỏi (bài kiểm tra, phần…), đã bỏ qua.");
    }

    @Test
    @DisplayName(
            "Một lựa chọn: lời dẫn thành văn bản, hình trong gói thành hình của câu, từ khoá LOM thành siêu dữ liệu")
    void readsASingleChoiceWithItsImageAndTheManifestsKeywords() {
        var question = imported(result, 0);

        assertThat(question.spec().question().text())
                .isEqualTo(
                        "Đồ thị dưới đây là của hàm số \\(y = x^2\\).\n" + "Đạo hàm của hàm số tại \\(x = 1\\) bằng");
        assertThat(question.picture()).isNotNull();
        assertThat(question.picture().name()).isEqualTo("đồ thị");
        assertThat(question.spec().question().body())
                .isEqualTo(Body.Choice.single(List.of(
                        Option.wrong("ChoiceA", "1"), Option.right("ChoiceB", "2"), Option.wrong("ChoiceC", "0"))));
        assertThat(question.spec().metadata().name()).isEqualTo("Đạo hàm");
        assertThat(question.spec().metadata().topic()).isEqualTo("Đạo hàm");
        assertThat(question.spec().metadata().grade()).isEqualTo(11);
        assertThat(question.spec().metadata().level()).isEqualTo(CognitiveLevel.VAN_DUNG);
        assertThat(question.spec().metadata().tags()).containsExactly("giải tích");
        assertThat(question.notes()).isEmpty();
    }

    @Test
    void readsAMultipleChoiceMarkedAllOrNothingWithANote() {
        var question = imported(result, 1);

        assertThat(question.spec().question().text()).isEqualTo("Những số nào là số chẵn?");
        assertThat(question.spec().question().body())
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new Body.Choice(
                        true,
                        List.of(
                                new Option("A", "2", new BigDecimal("0.5")),
                                new Option("B", "3", new BigDecimal("-0.5")),
                                new Option("C", "4", new BigDecimal("0.5"))),
                        false));
        assertThat(question.notes())
                .containsExactly("Câu nhiều đáp án được chấm «đúng hết mới có điểm»; hệ thống chấm từng phương án"
                        + " (đúng cộng, sai trừ).");
    }

    @Test
    void scalesMappedPointsToSharesOfTheQuestion() {
        var question = imported(result, 2);

        assertThat(question.spec().question().text()).isEqualTo("Con sông dài nhất chảy qua Việt Nam là sông .");
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.ShortAnswer(
                        List.of(Accepted.full("Mê Kông"), new Accepted("Cửu Long", new BigDecimal("0.5"))), false));
        assertThat(question.notes()).containsExactly("Điểm các đáp án được quy về tỉ lệ của điểm cả câu.");
    }

    @Test
    void readsAFloatEntryAsANumber() {
        var question = imported(result, 3);

        assertThat(question.spec().question().text()).isEqualTo("Tính \\(\\sqrt{2,25}\\).");
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Numeric(List.of(NumericAnswer.exactly("1.5")), null));
    }

    @Test
    void readsTheItemsOfAnOrderInTheirRightOrder() {
        assertThat(imported(result, 4).spec().question().body())
                .isEqualTo(new Body.Ordering(
                        List.of(new Item("Ly", "Nhà Lý"), new Item("Tran", "Nhà Trần"), new Item("Le", "Nhà Hậu Lê")),
                        false));
    }

    @Test
    void readsAMatchWithAnUnusedAnswerAsADistractor() {
        assertThat(imported(result, 5).spec().question().body())
                .isEqualTo(new Body.Matching(
                        List.of(new Pair("VN", "Việt Nam", "Hà Nội"), new Pair("LA", "Lào", "Viêng Chăn")),
                        List.of("Phnôm Pênh")));
    }

    @Test
    void readsAnExtendedTextWithTheScorersRubric() {
        var question = imported(result, 6);

        assertThat(question.spec().question().text()).isEqualTo("Viết đoạn văn khoảng 200 chữ về tinh thần hiếu học.");
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Essay(List.of(
                        new Criterion("Đúng hình thức đoạn văn", new BigDecimal("0.5")),
                        new Criterion("Nội dung thuyết phục", new BigDecimal("1.5")))));
    }

    @Test
    void rejectsAnUnsupportedInteractionNamingIt() {
        assertThat(rejected(result, 7).message()).isEqualTo("Dạng tương tác hotspotInteraction không được hỗ trợ.");
    }

    @Test
    void rejectsAnItemTheManifestNamesButThePackageLacks() {
        assertThat(rejected(result, 8).message())
                .isEqualTo("Gói không có tệp «items/mat-tich.xml» mà imsmanifest.xml nêu tên.");
    }

    @Test
    @DisplayName("Câu hỏi lẻ (một tệp XML): hình không có trong tệp được ghi chú")
    void readsASingleItemFileAndNotesTheImageItCannotReach() {
        ImportResult single = QuestionReader.read(QuestionFormat.QTI21, Samples.file("qti/items/chon-mot.xml"));

        assertThat(single.entries()).hasSize(1);
        assertThat(imported(single, 0).notes())
                .containsExactly(
                        "Hình «../images/do-thi.png» được nhắc trong nội dung nhưng không có trong tệp, nên không hiện được.");
    }

    @Test
    void readsAnAssociationAsMatchingTheFirstEndToTheSecondWithANote() {
        String item = """
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="cap-tu" title="Cặp từ"
                    adaptive="false" timeDependent="false">
                  <responseDeclaration identifier="R" cardinality="multiple" baseType="pair">
                    <correctResponse><value>nong lanh</value><value>cao thap</value></correctResponse>
                  </responseDeclaration>
                  <itemBody>
                    <associateInteraction responseIdentifier="R" shuffle="true" maxAssociations="2">
                      <prompt>Ghép các cặp từ trái nghĩa.</prompt>
                      <simpleAssociableChoice identifier="nong" matchMax="1">nóng</simpleAssociableChoice>
                      <simpleAssociableChoice identifier="lanh" matchMax="1">lạnh</simpleAssociableChoice>
                      <simpleAssociableChoice identifier="cao" matchMax="1">cao</simpleAssociableChoice>
                      <simpleAssociableChoice identifier="thap" matchMax="1">thấp</simpleAssociableChoice>
                      <simpleAssociableChoice identifier="xa" matchMax="1">xa</simpleAssociableChoice>
                    </associateInteraction>
                  </itemBody>
                </assessmentItem>""";

        var question = imported(
                QuestionReader.read(QuestionFormat.QTI21, item.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0);

        assertThat(question.spec().question().text()).isEqualTo("Ghép các cặp từ trái nghĩa.");
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Matching(
                        List.of(new Pair("nong", "nóng", "lạnh"), new Pair("cao", "cao", "thấp")), List.of("xa")));
        assertThat(question.notes())
                .containsExactly(
                        "Các cặp ghép (associateInteraction) được hiểu: vế nêu trước là câu, vế sau là đáp án.");
    }
}
