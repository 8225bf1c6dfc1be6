package vn.edu.ecenter.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * One list as an Excel workbook (.xlsx): a title row, a bold header row that stays frozen and carries an auto-filter,
 * then one row per item with typed cells. Numbers, amounts and dates are real Excel values, not text, so they sort,
 * filter and add up; their formats ({@code 0}, {@code 0.0}, {@code #,##0 "₫"}, {@code dd/mm/yyyy}) show "8,5" and "2.340.000 ₫"
 * in a Vietnamese Excel or LibreOffice (the separators follow the reader's settings, as Excel always does). Text is
 * stored as text, so a value starting with "=" is never taken for a formula.
 *
 * <pre>{@code
 * byte[] xlsx = ExcelExport.titled("Danh sách học viên", List.of(Column.text("Họ và tên"), Column.date("Ngày sinh")))
 *         .row("Nguyễn Văn An", LocalDate.of(2008, 3, 14))
 *         .toBytes();
 * }</pre>
 */
public final class ExcelExport {

    /** How the values of a column are stored and shown. */
    public enum Kind {
        /** Any value, stored as its text. */
        TEXT,
        /** Integral numbers, shown without decimals. */
        WHOLE,
        /** Numbers shown with one decimal ("8,5"), e.g. scores. */
        DECIMAL,
        /** {@link LocalDate}s, stored as Excel dates and shown dd/MM/yyyy. */
        DATE,
        /** Amounts in whole đồng (VND has no minor unit), shown with digit grouping and "₫". */
        MONEY
    }

    public record Column(String header, Kind kind) {

        public static Column text(String header) {
            return new Column(header, Kind.TEXT);
        }

        public static Column whole(String header) {
            return new Column(header, Kind.WHOLE);
        }

        public static Column decimal(String header) {
            return new Column(header, Kind.DECIMAL);
        }

        public static Column date(String header) {
            return new Column(header, Kind.DATE);
        }

        public static Column money(String header) {
            return new Column(header, Kind.MONEY);
        }
    }

    static final int MAX_SHEET_NAME = 31;
    private static final int MAX_TEXT = 32_767;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final String title;
    private String sheetName;
    private final List<Column> columns;
    private final List<@Nullable Object[]> rows = new ArrayList<>();

    private ExcelExport(String title, List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("An export needs at least one column");
        }
        this.title = title;
        this.sheetName = sheetName(title);
        this.columns = List.copyOf(columns);
    }

    public static ExcelExport titled(String title, List<Column> columns) {
        return new ExcelExport(title, columns);
    }

    /** Names the sheet (made acceptable to Excel) instead of using the title, which may be long. */
    public ExcelExport sheetNamed(String name) {
        this.sheetName = sheetName(name);
        return this;
    }

    /** Adds a row: one value per column, in column order; {@code null} leaves the cell empty. */
    public ExcelExport row(@Nullable Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("Row " + (rows.size() + 1) + " has " + values.length + " values for "
                    + columns.size() + " columns");
        }
        @Nullable Object[] checked = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            checked[i] = values[i] == null ? null : accept(columns.get(i), values[i], rows.size() + 1);
        }
        rows.add(checked);
        return this;
    }

    public byte[] toBytes() {
        var out = new ByteArrayOutputStream(16 * 1024);
        writeTo(out);
        return out.toByteArray();
    }

    public void writeTo(OutputStream out) {
        write(title, List.of(this), out);
    }

    /**
     * Several lists as one workbook, one sheet each, in the order given; the workbook's title is {@code title}. Sheet
     * names that would clash (Excel compares them ignoring case) get " (2)", " (3)" … within the 31 characters.
     */
    public static byte[] workbook(String title, List<ExcelExport> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("A workbook needs at least one sheet");
        }
        var out = new ByteArrayOutputStream(32 * 1024);
        write(title, sheets, out);
        return out.toByteArray();
    }

    private static void write(String title, List<ExcelExport> sheets, OutputStream out) {
        try (var workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(title);
            workbook.getProperties().getCoreProperties().setCreator("eCenter");
            var styles = new Styles(workbook);
            Set<String> used = new HashSet<>();
            for (ExcelExport export : sheets) {
                export.writeSheet(workbook.createSheet(unique(export.sheetName, used)), styles);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Excel export \"" + title + "\"", e);
        }
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = stripApostrophes(name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())))
                    + suffix;
        }
        return candidate;
    }

    private void writeSheet(Sheet sheet, Styles styles) {
        writeTitle(sheet, styles);
        writeHeader(sheet, styles);
        int[] widths = columns.stream()
                .mapToInt(column -> displayLength(column.header()) + 2)
                .toArray();
        for (int r = 0; r < rows.size(); r++) {
            writeRow(sheet.createRow(r + 2), rows.get(r), styles, widths);
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (Math.clamp(widths[c], MIN_WIDTH, MAX_WIDTH) + 1) * 256);
        }
        sheet.createFreezePane(0, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, 1 + rows.size(), 0, columns.size() - 1));
    }

    private void writeTitle(Sheet sheet, Styles styles) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title);
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        }
    }

    private void writeHeader(Sheet sheet, Styles styles) {
        Row header = sheet.createRow(1);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
        }
    }

    private void writeRow(Row row, @Nullable Object[] values, Styles styles, int[] widths) {
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            Kind kind = columns.get(c).kind();
            switch (kind) {
                case TEXT -> {
                    String text = (String) value;
                    cell.setCellValue(text);
                    cell.setCellStyle(text.indexOf('\n') >= 0 ? styles.wrapped : styles.text);
                }
                case DATE -> {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(styles.date);
                }
                default -> {
                    cell.setCellValue(((BigDecimal) value).doubleValue());
                    cell.setCellStyle(styles.numberStyle(kind));
                }
            }
            widths[c] = Math.max(widths[c], displayLength(kind, value));
        }
    }

    private static Object accept(Column column, Object value, int row) {
        return switch (column.kind()) {
            case TEXT -> text(column, value.toString(), row);
            case WHOLE, MONEY -> integral(column, value, row);
            case DECIMAL -> decimal(column, value, row);
            case DATE -> {
                if (value instanceof LocalDate) {
                    yield value;
                }
                throw wrongType(column, value, row);
            }
        };
    }

    private static String text(Column column, String text, int row) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Row " + row + ", column \"" + column.header() + "\": text longer than "
                    + MAX_TEXT + " characters does not fit in an Excel cell");
        }
        return text;
    }

    private static BigDecimal integral(Column column, Object value, int row) {
        BigDecimal number = decimal(column, value, row);
        if (number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    "Row " + row + ", column \"" + column.header() + "\": " + value + " is not a whole number");
        }
        return number;
    }

    private static BigDecimal decimal(Column column, Object value, int row) {
        return switch (value) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case Double d -> finite(d, column, row);
            case Float f -> finite(Double.parseDouble(f.toString()), column, row);
            default -> throw wrongType(column, value, row);
        };
    }

    private static BigDecimal finite(double value, Column column, int row) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "Row " + row + ", column \"" + column.header() + "\": " + value + " is not a number");
        }
        return BigDecimal.valueOf(value);
    }

    private static IllegalArgumentException wrongType(Column column, Object value, int row) {
        return new IllegalArgumentException("Row " + row + ", column \"" + column.header() + "\" (" + column.kind()
                + ") cannot hold a " + value.getClass().getSimpleName());
    }

    private static int displayLength(Kind kind, Object value) {
        return switch (kind) {
            case TEXT -> displayLength((String) value);
            case DATE -> 10;
            case DECIMAL ->
                ((BigDecimal) value)
                        .setScale(1, java.math.RoundingMode.HALF_UP)
                        .toPlainString()
                        .length();
            case WHOLE -> ((BigDecimal) value).toBigInteger().toString().length();
            case MONEY -> {
                int digits =
                        ((BigDecimal) value).abs().toBigInteger().toString().length();
                yield digits + (digits - 1) / 3 + (((BigDecimal) value).signum() < 0 ? 1 : 0) + 2;
            }
        };
    }

    private static int displayLength(String text) {
        return Arrays.stream(text.split("\n", -1))
                .mapToInt(line -> line.codePointCount(0, line.length()))
                .max()
                .orElse(0);
    }

    /**
     * A name Excel accepts for a sheet: at most 31 characters, none of {@code \ / ? * [ ] :}, no control characters, no
     * apostrophe at either end, not blank and not the reserved "History".
     */
    public static String sheetName(String wanted) {
        String name = Normalizer.normalize(wanted, Normalizer.Form.NFC)
                .replaceAll("[\\\\/?*\\[\\]:\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        name = stripApostrophes(name);
        if (name.length() > MAX_SHEET_NAME) {
            int cut = Character.isHighSurrogate(name.charAt(MAX_SHEET_NAME - 1)) ? MAX_SHEET_NAME - 1 : MAX_SHEET_NAME;
            name = stripApostrophes(name.substring(0, cut));
        }
        if (name.isEmpty() || name.equalsIgnoreCase("History")) {
            return name.isEmpty() ? "Sheet1" : name + " 1";
        }
        return name;
    }

    private static String stripApostrophes(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '\'') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '\'') {
            end--;
        }
        return name.substring(start, end).strip();
    }

    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle date;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle money;

        Styles(XSSFWorkbook workbook) {
            var formats = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
            text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            date = numeric(workbook, formats.getFormat("dd/mm/yyyy"));
            whole = numeric(workbook, formats.getFormat("0"));
            decimal = numeric(workbook, formats.getFormat("0.0"));
            money = numeric(workbook, formats.getFormat("#,##0 \"₫\""));
        }

        private static CellStyle numeric(XSSFWorkbook workbook, short format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format);
            style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            return style;
        }

        CellStyle numberStyle(Kind kind) {
            return switch (kind) {
                case WHOLE -> whole;
                case DECIMAL -> decimal;
                case MONEY -> money;
                default -> throw new IllegalArgumentException(kind.name());
            };
        }
    }
}
