package vn.edu.ecenter.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind;

/**
 * The downloadable template of a {@link SheetLayout}: the data sheet with the Vietnamese headers (required ones marked
 * "*" and shaded), one sample row in grey italics (the reader skips it if it is left unchanged), column widths, text
 * format on text, ID and phone columns (so that Excel keeps leading zeros), date format on date columns, drop-down lists
 * where a column has choices, and a "Hướng dẫn" (instructions) sheet describing every column.
 */
public final class SheetTemplate {

    public static final String INSTRUCTIONS_SHEET = "Hướng dẫn";

    /** Rows of the data sheet that get the column formats and drop-down lists. */
    private static final int FORMATTED_ROWS = 5_000;

    private SheetTemplate() {}

    public static byte[] write(SheetLayout layout) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream(16 * 1024)) {
            workbook.getProperties().getCoreProperties().setCreator("eCenter");
            workbook.getProperties().getCoreProperties().setTitle(layout.sheetName());
            var styles = new Styles(workbook);
            writeData(workbook.createSheet(layout.sheetName()), layout, styles);
            writeInstructions(workbook.createSheet(INSTRUCTIONS_SHEET), layout, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the template " + layout.sheetName(), e);
        }
    }

    private static void writeData(XSSFSheet sheet, SheetLayout layout, Styles styles) {
        Row header = sheet.createRow(0);
        Row sample = sheet.createRow(1);
        for (int c = 0; c < layout.columns().size(); c++) {
            SheetColumn column = layout.columns().get(c);
            var cell = header.createCell(c);
            cell.setCellValue(column.required() ? column.header() + " *" : column.header());
            cell.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            sheet.setColumnWidth(c, Math.clamp(column.width(), 6, 60) * 256);
            CellStyle columnStyle = column.kind() == Kind.DATE
                    ? styles.date
                    : column.kind() == Kind.NUMBER ? styles.general : styles.text;
            sheet.setDefaultColumnStyle(c, columnStyle);
            if (column.example() != null) {
                var example = sample.createCell(c);
                example.setCellValue(column.example());
                example.setCellStyle(styles.sample);
            }
            if (!column.choices().isEmpty()) {
                var helper = sheet.getDataValidationHelper();
                var validation = helper.createValidation(
                        helper.createExplicitListConstraint(column.choices().toArray(String[]::new)),
                        new CellRangeAddressList(1, FORMATTED_ROWS, c, c));
                validation.setShowErrorBox(true);
                validation.setEmptyCellAllowed(true);
                sheet.addValidationData(validation);
            }
        }
        header.setHeightInPoints(32);
        sheet.createFreezePane(0, 1);
    }

    private static void writeInstructions(Sheet sheet, SheetLayout layout, Styles styles) {
        int r = 0;
        var title = sheet.createRow(r++).createCell(0);
        title.setCellValue("Hướng dẫn nhập dữ liệu: trang \"" + layout.sheetName() + "\"");
        title.setCellStyle(styles.title);
        r++;
        for (String line : layout.instructions()) {
            var cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(styles.text);
        }
        for (String line : new String[] {
            "Không đổi tên trang \"" + layout.sheetName() + "\" và không đổi tên các cột; có thể đổi thứ tự cột.",
            "Cột có dấu * là bắt buộc. Dòng mẫu (chữ nghiêng, màu xám) được bỏ qua nếu giữ nguyên; nên xoá trước khi nhập.",
            "Ngày ghi theo dạng dd/MM/yyyy (ví dụ 05/09/2009) hoặc là ô ngày của Excel.",
            "Số định danh cá nhân và số điện thoại là văn bản: các cột này đã định dạng Văn bản để Excel không bỏ số 0"
                    + " ở đầu.",
            "Không dùng công thức: hãy dán giá trị (Dán đặc biệt → Giá trị).",
            "Nên chạy thử (không ghi dữ liệu) trước, xem báo cáo lỗi theo dòng, sửa tệp rồi nhập lại. Nhập lại cùng một"
                    + " tệp không thay đổi gì."
        }) {
            var cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(styles.text);
        }
        r++;
        Row header = sheet.createRow(r++);
        String[] headers = {"Cột", "Bắt buộc", "Định dạng", "Ví dụ", "Ghi chú"};
        for (int c = 0; c < headers.length; c++) {
            var cell = header.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(styles.header);
        }
        for (SheetColumn column : layout.columns()) {
            Row row = sheet.createRow(r++);
            String choices =
                    column.choices().isEmpty() ? "" : " Chọn một trong: " + String.join(", ", column.choices()) + ".";
            String[] values = {
                column.header(),
                column.required() ? "Có" : "Không",
                format(column.kind()),
                column.example() == null ? "" : column.example(),
                (column.hint() == null ? "" : column.hint()) + choices
            };
            for (int c = 0; c < values.length; c++) {
                var cell = row.createCell(c);
                cell.setCellValue(values[c].strip());
                cell.setCellStyle(styles.wrapped);
            }
        }
        int[] widths = {26, 10, 22, 24, 70};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static String format(Kind kind) {
        return switch (kind) {
            case TEXT -> "Văn bản";
            case CODE -> "Mã (văn bản)";
            case ID_NUMBER -> "12 chữ số (văn bản)";
            case PHONE -> "Số điện thoại (văn bản)";
            case DATE -> "Ngày dd/MM/yyyy";
            case NUMBER -> "Số";
        };
    }

    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle date;
        final CellStyle general;
        final CellStyle sample;

        Styles(XSSFWorkbook workbook) {
            var formats = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            title = workbook.createCellStyle();
            title.setFont(large);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setDataFormat(formats.getFormat("@"));
            requiredHeader = workbook.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            requiredHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            general = workbook.createCellStyle();
            sample = workbook.createCellStyle();
            sample.setFont(grey);
            sample.setDataFormat(formats.getFormat("@"));
        }
    }
}
