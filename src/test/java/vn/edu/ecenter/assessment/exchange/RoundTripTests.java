package vn.edu.ecenter.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edu.ecenter.assessment.exchange.ImportResult.Imported;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;

@DisplayName("Xuất câu hỏi rồi nhập lại được đúng câu hỏi ban đầu")
class RoundTripTests {

    private static final Map<QuestionFormat, List<String>> LOSSES = Map.of(
            QuestionFormat.MOODLE_XML,
            List.of("Câu 4 (Hàm số bậc hai — đúng sai): câu đúng/sai 4 ý được ghi thành 4 chỗ trống Đúng/Sai; hệ"
                    + " thống khác chấm mỗi ý 1/4 điểm, không theo bảng 0,1 · 0,25 · 0,5 · 1."),
            QuestionFormat.QTI21,
            List.of(
                    "Câu 4 (Hàm số bậc hai — đúng sai): câu đúng/sai 4 ý được ghi thành 4 chỗ trống Đúng/Sai; hệ"
                            + " thống khác chấm mỗi ý 1/4 điểm, không theo bảng 0,1 · 0,25 · 0,5 · 1.",
                    "Câu 8 (Sắp xếp phân số): chấm theo từng vị trí đúng chỉ eCenter đọc lại được; hệ thống khác"
                            + " chấm cả thứ tự (đúng hết mới có điểm).",
                    "Câu 9 (Điền khuyết lịch sử): trọng số các chỗ trống chỉ eCenter đọc lại được; hệ thống khác cộng"
                            + " điểm các chỗ trống như nhau."));

    private static List<QuestionSpec> roundTrip(QuestionFormat format, List<QuestionSpec> specs) {
        QuestionWriter.Export export = QuestionWriter.write(format, specs);
        ImportResult result = QuestionReader.read(format, export.content());
        assertThat(result.rejected()).isEmpty();
        return result.imported().stream().map(Imported::spec).toList();
    }

    @ParameterizedTest
    @EnumSource(names = {"MOODLE_XML", "QTI21"})
    @DisplayName("Mọi loại câu hỏi, với chủ đề, khối, mức độ, độ khó, thẻ và lời giải")
    void everyKindOfQuestionComesBackAsItWent(QuestionFormat format) {
        List<QuestionSpec> specs = QuestionMother.everyKind();

        assertThat(roundTrip(format, specs))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(specs);
    }

    @ParameterizedTest
    @EnumSource(names = {"MOODLE_XML", "QTI21"})
    @DisplayName("Hình ảnh không lấy được tệp ảnh: được nêu trong danh sách không giữ được")
    void listsAPictureAttachedInTheEditorAsLost(QuestionFormat format) {
        var spec = new QuestionSpec(
                new Question(
                        "Tam giác trong hình là tam giác gì?",
                        Body.Choice.single(List.of(Option.right("A", "Vuông"), Option.wrong("B", "Đều"))),
                        null,
                        java.util.UUID.randomUUID()),
                new Metadata("Tam giác", null, null, null, null, List.of()));

        assertThat(QuestionWriter.write(format, List.of(spec)).losses())
                .contains("Câu 1 (Tam giác): hình ảnh của câu hỏi (đính kèm trên trang soạn) không được ghi vào tệp.");
    }

    @ParameterizedTest
    @EnumSource(names = {"MOODLE_XML", "QTI21"})
    @DisplayName("Hình của câu được ghi vào tệp và đọc lại thành hình của câu, nội dung không đổi")
    void aPictureGoesIntoTheFileAndComesBack(QuestionFormat format) throws java.io.IOException {
        java.util.UUID image = java.util.UUID.randomUUID();
        byte[] gif = "GIF89a\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var spec = new QuestionSpec(
                new Question(
                        "Trong hình, \\(x < y\\) & \\(y > 0\\).\nTam giác <ABC> là tam giác gì?",
                        Body.Choice.single(List.of(Option.right("A", "Vuông"), Option.wrong("B", "Đều"))),
                        null,
                        image),
                new Metadata("Tam giác", null, null, null, null, List.of()));

        QuestionWriter.Export export = QuestionWriter.write(format, List.of(spec), id -> id.equals(image) ? gif : null);
        Imported back = QuestionReader.read(format, export.content()).imported().getFirst();

        assertThat(export.losses()).isEmpty();
        if (format == QuestionFormat.MOODLE_XML) {
            assertThat(new String(export.content(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("@@PLUGINFILE@@/hinh.gif", "name=\"hinh.gif\"", "encoding=\"base64\"");
        } else {
            assertThat(zipEntries(export.content())).containsEntry("items/hinh/cau-001.gif", List.of(gif.length));
        }
        assertThat(back.spec().question().text()).isEqualTo(spec.question().text());
        assertThat(back.picture()).isNotNull();
        assertThat(back.picture().content()).isEqualTo(gif);
        assertThat(back.notes()).isEmpty();
    }

    @Test
    @DisplayName("QTI: câu điền khuyết không có lời dẫn vẫn giữ hình của nó")
    void aClozeWithoutStemKeepsItsPictureInQti() {
        java.util.UUID image = java.util.UUID.randomUUID();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        QuestionSpec cloze = QuestionMother.everyKind().stream()
                .filter(s -> s.question().body() instanceof Body.Cloze)
                .findFirst()
                .orElseThrow();
        var spec = new QuestionSpec(new Question("", cloze.question().body(), null, image), cloze.metadata());

        Imported back = QuestionReader.read(
                        QuestionFormat.QTI21,
                        QuestionWriter.write(QuestionFormat.QTI21, List.of(spec), id -> png)
                                .content())
                .imported()
                .getFirst();

        assertThat(back.spec().question().text()).isEmpty();
        assertThat(back.spec().question().body()).isEqualTo(spec.question().body());
        assertThat(back.picture()).isNotNull();
        assertThat(back.picture().content()).isEqualTo(png);
    }

    /** The entries of a zip file, each with its size. */
    private static Map<String, List<Integer>> zipEntries(byte[] zip) throws java.io.IOException {
        var entries = new java.util.LinkedHashMap<String, List<Integer>>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), List.of(in.readAllBytes().length));
            }
        }
        return entries;
    }

    @ParameterizedTest
    @EnumSource(names = {"MOODLE_XML", "QTI21"})
    void listsWhatOtherSystemsCannotHold(QuestionFormat format) {
        assertThat(QuestionWriter.write(format, QuestionMother.everyKind()).losses())
                .containsExactlyElementsOf(LOSSES.get(format));
    }

    @ParameterizedTest
    @EnumSource(names = {"MOODLE_XML", "QTI21"})
    void theFourStatementQuestionComesBackWithItsStatementsAndTheirTruth(QuestionFormat format) {
        QuestionSpec statements = QuestionMother.everyKind().get(3);

        QuestionSpec back = roundTrip(format, List.of(statements)).getFirst();

        assertThat(back.question().body()).isEqualTo(statements.question().body());
        assertThat(back.question().text()).isEqualTo(statements.question().text());
        assertThat(back.metadata().tags()).doesNotContain(MoodleXml.STATEMENTS_TAG);
    }

    @Test
    @DisplayName("Moodle XML: câu đúng/sai 4 ý là một Cloze gắn thẻ, mỗi ý một dòng với chỗ trống Đúng/Sai")
    void moodleWritesFourStatementsAsATaggedClozeOfTrueFalseGaps() {
        byte[] xml = QuestionWriter.write(
                        QuestionFormat.MOODLE_XML,
                        List.of(QuestionMother.everyKind().get(3)))
                .content();

        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
                .contains("<question type=\"multianswer\">")
                .contains("c) Giá trị nhỏ nhất của hàm số là 0. {1:MULTICHOICE:%0%Đúng~%100%Sai}")
                .contains("<tag>\n        <text>Đúng/sai 4 ý</text>");
    }

    @Test
    @DisplayName("QTI: câu đúng/sai 4 ý là matchInteraction giữa các ý và {Đúng, Sai}")
    void qtiWritesFourStatementsAsAMatchAgainstDungAndSai() throws java.io.IOException {
        byte[] zip = QuestionWriter.write(
                        QuestionFormat.QTI21, List.of(QuestionMother.everyKind().get(3)))
                .content();

        String item = new String(SafeZip.unpack(zip).get("items/cau-001.xml"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(item)
                .contains("<matchInteraction class=\"ecenter-statements\"")
                .contains("<value>c SAI</value>")
                .contains("<simpleAssociableChoice identifier=\"DUNG\" matchMax=\"0\">Đúng</simpleAssociableChoice>");
        assertThat(SafeZip.unpack(zip)).containsKeys("imsmanifest.xml", "items/cau-001.xml");
    }

    @Test
    @DisplayName("Mã phương án khác A, B, C… không giữ được trong Moodle XML: được báo")
    void moodleListsOptionKeysItCannotKeep() {
        QuestionSpec spec = new QuestionSpec(
                new Question(
                        "Chọn số chẵn.",
                        Body.Choice.single(List.of(Option.right("x", "2"), Option.wrong("y", "3"))),
                        null),
                new Metadata("Số chẵn", null, null, null, null, List.of()));

        assertThat(QuestionWriter.write(QuestionFormat.MOODLE_XML, List.of(spec))
                        .losses())
                .containsExactly("Câu 1 (Số chẵn): mã phương án (ý, mục) x, y không giữ được; khi nhập lại sẽ là A, B,"
                        + " C … hoặc 1, 2, 3 ….");
    }

    @Test
    void moodleListsAnUnnamedQuestionAndAShareItDoesNotOffer() {
        QuestionSpec spec = new QuestionSpec(
                new Question(
                        "Chọn các số chẵn.",
                        new Body.Choice(
                                true,
                                List.of(
                                        new Option("A", "2", new BigDecimal("0.35")),
                                        new Option("B", "4", new BigDecimal("0.65")),
                                        Option.wrong("C", "5")),
                                true),
                        null),
                Metadata.none());

        assertThat(QuestionWriter.write(QuestionFormat.MOODLE_XML, List.of(spec))
                        .losses())
                .containsExactly(
                        "Câu 1 (Chọn các số chẵn.): câu hỏi chưa có tên; Moodle cần tên nên dùng đầu nội dung.",
                        "Câu 1 (Chọn các số chẵn.): tỉ lệ điểm 35 % không có trong danh sách của Moodle; Moodle có thể"
                                + " từ chối hoặc làm tròn.",
                        "Câu 1 (Chọn các số chẵn.): tỉ lệ điểm 65 % không có trong danh sách của Moodle; Moodle có thể"
                                + " từ chối hoặc làm tròn.");
    }

    @Test
    void onlyMoodleXmlAndQtiAreWritten() {
        assertThatThrownBy(() -> QuestionWriter.write(QuestionFormat.GIFT, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(QuestionFormat.ofSlug("qti21")).contains(QuestionFormat.QTI21);
        assertThat(QuestionFormat.ofSlug("moodlexml")).contains(QuestionFormat.MOODLE_XML);
        assertThat(QuestionFormat.ofSlug("docx")).isEmpty();
    }
}
