package vn.edu.ecenter.assessment.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The teachers' Excel template (mẫu nhập câu hỏi): a sheet "Câu hỏi" with one row per question — its kind, text,
 * options A–F, answer, topic, level, difficulty, grade, tags and explanation — an example row of every kind (in grey;
 * the reader skips them while they are unchanged), drop-down lists for the kind, level and difficulty, and a sheet
 * "Hướng dẫn" that says how each kind is written.
 */
public final class QuestionTemplate {

    public static final String SHEET = "Câu hỏi";
    public static final String INSTRUCTIONS = "Hướng dẫn";

    static final String TYPE = "Loại câu hỏi";
    static final String TEXT = "Nội dung";
    static final String OPTION = "Phương án ";
    static final String ANSWER = "Đáp án";
    static final String TOPIC = "Chủ đề";
    static final String LEVEL = "Mức độ";
    static final String DIFFICULTY = "Độ khó";
    static final String GRADE = "Khối";
    static final String TAGS = "Thẻ";
    static final String EXPLANATION = "Giải thích";

    static final List<String> OPTIONS = List.of("A", "B", "C", "D", "E", "F");

    static final List<String> HEADERS = List.of(
            TYPE,
            TEXT,
            OPTION + "A",
            OPTION + "B",
            OPTION + "C",
            OPTION + "D",
            OPTION + "E",
            OPTION + "F",
            ANSWER,
            TOPIC,
            LEVEL,
            DIFFICULTY,
            GRADE,
            TAGS,
            EXPLANATION);

    /** The kinds as the drop-down list offers them. */
    static final List<String> KINDS =
            List.of("Một lựa chọn", "Nhiều đáp án", "Đúng/Sai 4 ý", "Trả lời ngắn", "Số", "Sắp xếp", "Tự luận");

    static final List<String> LEVELS = List.of("Biết", "Hiểu", "Vận dụng", "Vận dụng cao");
    static final List<String> DIFFICULTIES = List.of("Dễ", "Trung bình", "Khó");

    /** One example per kind, in the order of {@link #HEADERS}. */
    static final List<List<String>> EXAMPLES = List.of(
            List.of(
                    "Một lựa chọn",
                    "Nghiệm của phương trình \\(2x - 4 = 0\\) là",
                    "\\(x = 2\\)",
                    "\\(x = -2\\)",
                    "\\(x = 4\\)",
                    "\\(x = 0\\)",
                    "",
                    "",
                    "A",
                    "Phương trình bậc nhất",
                    "Biết",
                    "Dễ",
                    "10",
                    "đại số",
                    "Chuyển vế: \\(2x = 4\\), nên \\(x = 2\\)."),
            List.of(
                    "Nhiều đáp án",
                    "Những số nào sau đây là số nguyên tố?",
                    "2",
                    "9",
                    "11",
                    "15",
                    "",
                    "",
                    "A,C",
                    "Số học",
                    "Hiểu",
                    "Trung bình",
                    "10",
                    "",
                    ""),
            List.of(
                    "Đúng/Sai 4 ý",
                    "Cho hàm số \\(y = x^2 - 2x\\). Xét tính đúng, sai của các mệnh đề sau.",
                    "Đồ thị hàm số đi qua gốc toạ độ.",
                    "Hàm số đồng biến trên khoảng \\((1; +\\infty)\\).",
                    "Giá trị nhỏ nhất của hàm số là 0.",
                    "Đồ thị có trục đối xứng \\(x = 1\\).",
                    "",
                    "",
                    "Đ,Đ,S,Đ",
                    "Hàm số bậc hai",
                    "Vận dụng",
                    "Khó",
                    "10",
                    "",
                    ""),
            List.of(
                    "Trả lời ngắn",
                    "Thủ đô của Việt Nam là thành phố nào?",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Hà Nội; Ha Noi",
                    "Địa lí Việt Nam",
                    "Biết",
                    "Dễ",
                    "12",
                    "",
                    ""),
            List.of(
                    "Số",
                    "Tính \\(\\sqrt{2{,}25}\\).",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "1,5",
                    "Căn bậc hai",
                    "Biết",
                    "Dễ",
                    "10",
                    "",
                    ""),
            List.of(
                    "Sắp xếp",
                    "Sắp xếp các số sau theo thứ tự tăng dần.",
                    "\\(\\frac{1}{2}\\)",
                    "\\(\\frac{1}{3}\\)",
                    "\\(\\frac{3}{4}\\)",
                    "",
                    "",
                    "",
                    "B,A,C",
                    "Phân số",
                    "Hiểu",
                    "Dễ",
                    "10",
                    "",
                    ""),
            List.of(
                    "Tự luận",
                    "Giải phương trình \\(x^2 - 5x + 6 = 0\\).",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Tính đúng biệt thức — 0,5 điểm\nTìm đúng hai nghiệm — 0,5 điểm",
                    "Phương trình bậc hai",
                    "Vận dụng",
                    "Trung bình",
                    "10",
                    "",
                    ""));

    private static final List<String> HOW_TO = List.of(
            "Mỗi dòng của trang \"Câu hỏi\" là một câu hỏi. Không đổi tên trang và tên cột; có thể đổi thứ tự cột.",
            "Các dòng ví dụ (chữ nghiêng, màu xám) được bỏ qua nếu giữ nguyên; nên xoá chúng trước khi nhập.",
            "Công thức toán viết bằng LaTeX giữa \\( và \\), ví dụ \\(x^2 + 1\\).",
            "Một lựa chọn: điền các phương án vào cột Phương án A–F; Đáp án là một chữ cái, ví dụ B.",
            "Nhiều đáp án: Đáp án là các chữ cái đúng, cách nhau bởi dấu phẩy, ví dụ A,C.",
            "Đúng/Sai 4 ý: bốn ý a, b, c, d điền vào Phương án A–D; Đáp án là Đ hoặc S cho từng ý, ví dụ Đ,S,Đ,S.",
            "Trả lời ngắn: Đáp án là các câu trả lời được chấp nhận, cách nhau bởi dấu chấm phẩy, ví dụ Hà Nội; Ha Noi.",
            "Số: Đáp án là một số, có thể kèm sai số cho phép, ví dụ 1,5 hoặc 3,14 ± 0,01.",
            "Sắp xếp: điền các mục vào Phương án A–F theo thứ tự bất kỳ; Đáp án là thứ tự đúng, ví dụ B,A,C.",
            "Tự luận: Đáp án (không bắt buộc) là hướng dẫn chấm, mỗi dòng một ý dạng «Nội dung — 0,5 điểm».",
            "Mức độ: Biết, Hiểu, Vận dụng hoặc Vận dụng cao. Độ khó: Dễ, Trung bình hoặc Khó. Khối: 10, 11 hoặc 12.",
            "Thẻ: các từ khoá cách nhau bởi dấu phẩy. Giải thích: lời giải hiện cho học viên sau khi làm bài.",
            "Không dùng công thức Excel: hãy dán giá trị (Dán đặc biệt → Giá trị).",
            "Sau khi nhập, hệ thống báo từng dòng: đã nhập, hoặc bị từ chối và lý do; sửa các dòng bị từ chối rồi nhập lại.");

    private QuestionTemplate() {}

    /** The template as .xlsx bytes. */
    public static byte[] workbook() {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setCreator("eCenter");
            workbook.getProperties().getCoreProperties().setTitle("Mẫu nhập câu hỏi");
            questions(workbook, workbook.createSheet(SHEET));
            instructions(workbook, workbook.createSheet(INSTRUCTIONS));
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the question template", e);
        }
    }

    private static void questions(XSSFWorkbook workbook, XSSFSheet sheet) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font grey = workbook.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        CellStyle example = workbook.createCellStyle();
        example.setFont(grey);
        example.setWrapText(true);
        example.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Row row = sheet.createRow(0);
        for (int c = 0; c < HEADERS.size(); c++) {
            var cell = row.createCell(c);
            boolean required = c == 0 || c == 1 || HEADERS.get(c).equals(ANSWER);
            cell.setCellValue(required ? HEADERS.get(c) + " *" : HEADERS.get(c));
            cell.setCellStyle(header);
            sheet.setDefaultColumnStyle(c, text);
            sheet.setColumnWidth(c, (c == 1 ? 50 : c == HEADERS.size() - 1 ? 40 : 18) * 256);
        }
        for (int r = 0; r < EXAMPLES.size(); r++) {
            Row line = sheet.createRow(r + 1);
            List<String> values = EXAMPLES.get(r);
            for (int c = 0; c < values.size(); c++) {
                if (!values.get(c).isEmpty()) {
                    var cell = line.createCell(c);
                    cell.setCellValue(values.get(c));
                    cell.setCellStyle(example);
                }
            }
        }
        list(sheet, 0, KINDS);
        list(sheet, HEADERS.indexOf(LEVEL), LEVELS);
        list(sheet, HEADERS.indexOf(DIFFICULTY), DIFFICULTIES);
        sheet.createFreezePane(0, 1);
    }

    private static void list(XSSFSheet sheet, int column, List<String> values) {
        var helper = sheet.getDataValidationHelper();
        var validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, 2_000, column, column));
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void instructions(XSSFWorkbook workbook, XSSFSheet sheet) {
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        CellStyle title = workbook.createCellStyle();
        title.setFont(large);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        var cell = sheet.createRow(0).createCell(0);
        cell.setCellValue("Hướng dẫn nhập câu hỏi từ Excel");
        cell.setCellStyle(title);
        for (int i = 0; i < HOW_TO.size(); i++) {
            var line = sheet.createRow(i + 2).createCell(0);
            line.setCellValue(HOW_TO.get(i));
            line.setCellStyle(wrapped);
        }
        sheet.setColumnWidth(0, 110 * 256);
    }
}
