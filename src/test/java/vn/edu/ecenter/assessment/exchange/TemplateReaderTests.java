package vn.edu.ecenter.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.assessment.exchange.Samples.imported;
import static vn.edu.ecenter.assessment.exchange.Samples.rejected;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Difficulty;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Statement;

@DisplayName("Mẫu Excel nhập câu hỏi của giáo viên")
class TemplateReaderTests {

    /**
     * A teacher's sheet: a title above the header, the columns in another order than the template's, then one row per
     * kind and rows with mistakes. Excel rows: title 1, header 2, questions from 3.
     */
    private static final Object[][] SHEET = {
        {"Ngân hàng câu hỏi Toán 11 — tổ Toán"},
        {
            "Nội dung",
            "Loại câu hỏi *",
            "Phương án A",
            "Phương án B",
            "Phương án C",
            "Phương án D",
            "Đáp án *",
            "Chủ đề",
            "Mức độ",
            "Độ khó",
            "Khối",
            "Thẻ",
            "Giải thích"
        },
        {
            "Giá trị của \\(\\cos 0\\) là",
            "Một lựa chọn",
            "0",
            "1",
            "-1",
            null,
            "B",
            "Lượng giác",
            "Nhận biết",
            "Dễ",
            11.0,
            "lượng giác, cơ bản",
            "\\(\\cos 0 = 1\\)"
        },
        {
            "Những hàm số nào là hàm số chẵn?",
            "Nhiều đáp án",
            "\\(y = x^2\\)",
            "\\(y = x^3\\)",
            "\\(y = \\cos x\\)",
            null,
            "A, C"
        },
        {
            "Cho dãy số \\(u_n = 2n + 1\\).",
            "Đúng/Sai 4 ý",
            "Dãy số tăng.",
            "\\(u_1 = 2\\).",
            "Dãy số bị chặn trên.",
            "Là cấp số cộng công sai 2.",
            "Đ,S,S,Đ",
            "Dãy số",
            "Hiểu",
            "Trung bình",
            "Khối 11"
        },
        {"Nguyên tố có kí hiệu Fe là gì?", "Trả lời ngắn", null, null, null, null, "Sắt; sat"},
        {"Tính \\(2^{10}\\).", "Số", null, null, null, null, 1024.0},
        {"Lấy \\(\\pi\\) đến hai chữ số thập phân.", "Số", null, null, null, null, "3,14 ± 0,005"},
        {
            "Sắp xếp theo thứ tự tăng dần.",
            "Sắp xếp",
            "\\(\\frac{1}{2}\\)",
            "\\(\\frac{3}{4}\\)",
            "\\(\\frac{1}{3}\\)",
            null,
            "C,A,B"
        },
        {
            "Giải phương trình \\(\\sin x = 0\\).",
            "Tự luận",
            null,
            null,
            null,
            null,
            "Đưa về \\(x = k\\pi\\) — 1 điểm\nKết luận — 0,5 điểm"
        },
        {"Giá trị của \\(\\sin 0\\) là", "Một lựa chọn", "0", "1", null, null, "E"},
        {"Ghép hàm số với đạo hàm.", "Trắc nghiệm ghép"},
        {"Tính \\(1 + 1\\).", "Số", null, null, null, null, "=1+1"},
        {"Cho tam giác ABC.", "Đúng/Sai 4 ý", "a", "b", "c", "d", "Đ,S,Đ"},
        {"Số \\(0\\) là số chẵn.", "Một lựa chọn", "Đúng", "Sai", null, null, "A", null, "Rất khó"},
        {"Chỉ có một phương án.", "Một lựa chọn", "Có", null, null, null, "A"},
        {},
        {"Nội dung bị quên", "Nhiều đáp án", "1", "2", null, null, null}
    };

    private static byte[] workbook(Object[][] rows) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(QuestionTemplate.SHEET);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof String text && text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final ImportResult result = QuestionReader.read(QuestionFormat.XLSX, workbook(SHEET));

    @Test
    void readsEveryRowNamedAsExcelNumbersIt() {
        assertThat(result.entries()).hasSize(15);
        assertThat(result.entries().getFirst().item()).isEqualTo("Dòng 3: Giá trị của \\(\\cos 0\\) là");
        assertThat(result.entries().getLast().item()).isEqualTo("Dòng 18: Nội dung bị quên");
    }

    @Test
    @DisplayName("Một lựa chọn với chủ đề, mức độ (cả tên cũ «Nhận biết»), độ khó, khối, thẻ và lời giải")
    void readsASingleChoiceRowWithAllItsMetadata() {
        var question = imported(result, 0);

        assertThat(question.spec().question().body())
                .isEqualTo(Body.Choice.single(
                        List.of(Option.wrong("A", "0"), Option.right("B", "1"), Option.wrong("C", "-1"))));
        assertThat(question.spec().question().feedback()).isEqualTo("\\(\\cos 0 = 1\\)");
        assertThat(question.spec().metadata())
                .isEqualTo(new Metadata(
                        "", 11, "Lượng giác", CognitiveLevel.BIET, Difficulty.EASY, List.of("lượng giác", "cơ bản")));
    }

    @Test
    void readsLettersAsTheRightOptionsOfAMultipleResponse() {
        assertThat(imported(result, 1).spec().question().body())
                .isEqualTo(Body.Choice.multiple(
                        List.of("A", "B", "C"),
                        List.of("\\(y = x^2\\)", "\\(y = x^3\\)", "\\(y = \\cos x\\)"),
                        List.of(true, false, true)));
    }

    @Test
    @DisplayName("Đúng/Sai 4 ý: phương án A–D là các ý a–d, đáp án «Đ,S,S,Đ»")
    void readsFourStatementsAndTheirMarks() {
        var question = imported(result, 2);

        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Statements(List.of(
                        new Statement("a", "Dãy số tăng.", true),
                        new Statement("b", "\\(u_1 = 2\\).", false),
                        new Statement("c", "Dãy số bị chặn trên.", false),
                        new Statement("d", "Là cấp số cộng công sai 2.", true))));
        assertThat(question.spec().metadata().grade()).isEqualTo(11);
        assertThat(question.spec().metadata().level()).isEqualTo(CognitiveLevel.HIEU);
    }

    @Test
    void readsShortAnswersNumbersOrderingsAndEssays() {
        assertThat(imported(result, 3).spec().question().body())
                .isEqualTo(new Body.ShortAnswer(List.of(Accepted.full("Sắt"), Accepted.full("sat")), false));
        assertThat(imported(result, 4).spec().question().body())
                .isEqualTo(new Body.Numeric(List.of(NumericAnswer.exactly("1024")), null));
        assertThat(imported(result, 5).spec().question().body())
                .isEqualTo(new Body.Numeric(
                        List.of(new NumericAnswer(new BigDecimal("3.14"), new BigDecimal("0.005"), BigDecimal.ONE)),
                        null));
        assertThat(imported(result, 6).spec().question().body())
                .isEqualTo(new Body.Ordering(
                        List.of(
                                new Item("1", "\\(\\frac{1}{3}\\)"),
                                new Item("2", "\\(\\frac{1}{2}\\)"),
                                new Item("3", "\\(\\frac{3}{4}\\)")),
                        false));
        assertThat(imported(result, 7).spec().question().body())
                .isEqualTo(new Body.Essay(List.of(
                        new Criterion("Đưa về \\(x = k\\pi\\)", BigDecimal.ONE),
                        new Criterion("Kết luận", new BigDecimal("0.5")))));
    }

    @Test
    void rejectsRowsWithMistakesSayingWhatToFix() {
        assertThat(result.rejected())
                .extracting(ImportResult.Rejected::item, ImportResult.Rejected::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Dòng 11: Giá trị của \\(\\sin 0\\) là",
                                "Đáp án «E» nêu phương án không có (có: A, B)."),
                        org.assertj.core.groups.Tuple.tuple("Dòng 12: Ghép hàm số với đạo hàm.", "Chưa điền đáp án."),
                        org.assertj.core.groups.Tuple.tuple(
                                "Dòng 13: Tính \\(1 + 1\\).",
                                "Ô G13 là công thức; hãy dán giá trị (Dán đặc biệt → Giá trị)."),
                        org.assertj.core.groups.Tuple.tuple(
                                "Dòng 14: Cho tam giác ABC.",
                                "Câu có 4 ý nên đáp án cần 4 dấu Đ hoặc S cách nhau bởi dấu phẩy, đang là «Đ,S,Đ»."),
                        org.assertj.core.groups.Tuple.tuple(
                                "Dòng 15: Số \\(0\\) là số chẵn.",
                                "Mức độ «Rất khó» không có; chọn Biết, Hiểu, Vận dụng hoặc Vận dụng cao."),
                        org.assertj.core.groups.Tuple.tuple(
                                "Dòng 16: Chỉ có một phương án.", "Câu hỏi cần ít nhất 2 phương án, mới có 1."),
                        org.assertj.core.groups.Tuple.tuple("Dòng 18: Nội dung bị quên", "Chưa điền đáp án."));
    }

    @Test
    void rejectsAKindTheTemplateDoesNotOffer() {
        var rejected = rejected(
                QuestionReader.read(
                        QuestionFormat.XLSX,
                        workbook(new Object[][] {{"Loại câu hỏi", "Nội dung", "Đáp án"}, {"Ghép đôi", "Ghép.", "A"}})),
                0);

        assertThat(rejected.message())
                .isEqualTo("Loại câu hỏi «Ghép đôi» không có; chọn một trong: Một lựa chọn, Nhiều đáp án, Đúng/Sai 4"
                        + " ý, Trả lời ngắn, Số, Sắp xếp, Tự luận.");
    }

    @Test
    @DisplayName("Mẫu: dòng tiêu đề, một dòng ví dụ mỗi loại, danh sách chọn, trang hướng dẫn")
    void theTemplateHasAHeaderAnExamplePerKindListsAndInstructions() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(QuestionTemplate.workbook()))) {
            var sheet = workbook.getSheet(QuestionTemplate.SHEET);

            assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Loại câu hỏi *");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Đáp án *");
            assertThat(sheet.getLastRowNum()).isEqualTo(QuestionTemplate.KINDS.size());
            assertThat(sheet.getDataValidations())
                    .extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .containsExactlyInAnyOrder(
                            QuestionTemplate.KINDS, QuestionTemplate.LEVELS, QuestionTemplate.DIFFICULTIES);
            assertThat(workbook.getSheet("Hướng dẫn").getRow(2).getCell(0).getStringCellValue())
                    .startsWith("Mỗi dòng của trang \"Câu hỏi\" là một câu hỏi.");
        }
    }

    @Test
    void everyExampleOfTheTemplateIsASoundQuestion() throws IOException {
        byte[] edited;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(QuestionTemplate.workbook()));
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheet(QuestionTemplate.SHEET);
            for (int r = 1; r <= QuestionTemplate.KINDS.size(); r++) {
                var cell = sheet.getRow(r).getCell(1);
                cell.setCellValue(cell.getStringCellValue() + " (đã sửa)");
            }
            workbook.write(out);
            edited = out.toByteArray();
        }

        ImportResult fromTemplate = QuestionReader.read(QuestionFormat.XLSX, edited);

        assertThat(fromTemplate.rejected()).isEmpty();
        assertThat(fromTemplate.imported())
                .extracting(i -> i.spec().question().type().name())
                .containsExactly(
                        "SINGLE_CHOICE",
                        "MULTIPLE_RESPONSE",
                        "TRUE_FALSE_STATEMENTS",
                        "SHORT_ANSWER",
                        "NUMERIC",
                        "ORDERING",
                        "ESSAY");
    }

    @Test
    void readingTheUntouchedTemplateImportsNothingAndSaysWhy() {
        ImportResult untouched = QuestionReader.read(QuestionFormat.XLSX, QuestionTemplate.workbook());

        assertThat(untouched.entries()).isEmpty();
        assertThat(untouched.notices())
                .containsExactly("Các dòng ví dụ của mẫu không được nhập: dòng 2, 3, 4, 5, 6, 7, 8.");
    }
}
