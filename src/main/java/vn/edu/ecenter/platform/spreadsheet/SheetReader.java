package vn.edu.ecenter.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import vn.edu.ecenter.platform.files.FileChecks;
import vn.edu.ecenter.platform.files.FileType;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * Reads an .xlsx workbook a user uploaded into the rows of one {@link SheetLayout}, safely:
 *
 * <ul>
 *   <li>the content must really be an .xlsx (its bytes, not its name) and at most {@link #MAX_SIZE};
 *   <li>the sheet is found by its expected name; a missing (renamed) or empty sheet is a clear error naming it;
 *   <li>the header row (within the first rows) is matched to the expected columns ignoring case, diacritics and a
 *       trailing "*"; missing required columns are named in one error;
 *   <li>cells are read by their column's kind: text, dates as {@code dd/MM/yyyy} text or Excel date cells, numbers;
 *       personal ID and phone numbers typed as numbers get their leading zeros back (with a notice);
 *   <li>a formula is never evaluated: the cell is a problem naming it ("D7");
 *   <li>blank rows are skipped, trailing ones cost nothing but a look at each row's cells, and give no error.
 * </ul>
 *
 * File-level problems throw {@link Rejected} (400) with a Vietnamese message; cell problems are collected per row, with
 * the row number as Excel shows it and the column's header.
 */
public final class SheetReader {

    /** The largest upload read (a workbook of 20,000 learners is about 2 MB). */
    public static final DataSize MAX_SIZE = DataSize.ofMegabytes(10);

    /** The most data rows read; more is refused as a whole (split the file). */
    public static final int MAX_ROWS = 20_000;

    /** The header row is looked for among the first rows (a title above it is allowed). */
    private static final int HEADER_SEARCH_ROWS = 10;

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}");

    private SheetReader() {}

    public static SheetContent read(byte[] content, String fileName, SheetLayout layout) {
        String name = FileChecks.cleanName(fileName);
        if (content.length > MAX_SIZE.toBytes()) {
            throw Rejected.badRequest("spreadsheet.tooLarge", name, MAX_SIZE.toMegabytes() + " MB");
        }
        try {
            FileChecks.accept(content, name, Set.of(FileType.XLSX));
        } catch (Rejected e) {
            throw e.asBadRequest();
        }
        try (Workbook workbook = open(content, name)) {
            Sheet sheet = findSheet(workbook, layout, name);
            return new Reading(sheet, layout).read();
        } catch (IOException e) {
            throw Rejected.badRequest("spreadsheet.unreadable", name);
        }
    }

    private static Workbook open(byte[] content, String name) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            // A damaged zip, XML that is not a workbook, or a zip bomb (POI's inflate-ratio guard).
            throw Rejected.badRequest("spreadsheet.unreadable", name);
        }
    }

    private static Sheet findSheet(Workbook workbook, SheetLayout layout, String name) {
        String wanted = headerKey(layout.sheetName());
        List<String> found = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (headerKey(sheet.getSheetName()).equals(wanted)) {
                return sheet;
            }
            found.add(sheet.getSheetName());
        }
        throw Rejected.badRequest(
                "spreadsheet.sheetMissing",
                name,
                layout.sheetName(),
                found.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", ")));
    }

    /** A header as compared: folded (no diacritics, lower case), without "*" and punctuation, spaces collapsed. */
    static String headerKey(@Nullable String header) {
        return VietnameseText.fold(header).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The reading of one sheet. */
    private static final class Reading {

        private final Sheet sheet;
        private final SheetLayout layout;
        private final List<CellProblem> notices = new ArrayList<>();

        Reading(Sheet sheet, SheetLayout layout) {
            this.sheet = sheet;
            this.layout = layout;
        }

        SheetContent read() {
            int headerIndex = findHeaderRow();
            Map<SheetColumn, Integer> positions = matchColumns(sheet.getRow(headerIndex));
            List<SheetRow> rows = new ArrayList<>();
            int last = sheet.getLastRowNum();
            for (int r = headerIndex + 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, positions)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw Rejected.badRequest("spreadsheet.tooManyRows", sheet.getSheetName(), MAX_ROWS);
                }
                SheetRow read = readRow(row, positions);
                if (isSample(read, positions)) {
                    notices.add(CellProblem.of(read.number(), "", "spreadsheet.sampleSkipped"));
                    continue;
                }
                rows.add(read);
            }
            return new SheetContent(headerIndex + 1, rows, notices);
        }

        private int findHeaderRow() {
            Map<String, SheetColumn> known = knownHeaders();
            int best = -1;
            int bestMatches = 0;
            int limit = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= limit; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                int matches = 0;
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && known.containsKey(headerKey(cell.getStringCellValue()))) {
                        matches++;
                    }
                }
                if (matches > bestMatches) {
                    best = r;
                    bestMatches = matches;
                }
            }
            if (best < 0) {
                boolean empty = sheet.getPhysicalNumberOfRows() == 0 || allBlank();
                throw Rejected.badRequest(
                        empty ? "spreadsheet.sheetEmpty" : "spreadsheet.noHeader", sheet.getSheetName(), headerList());
            }
            return best;
        }

        private boolean allBlank() {
            int limit = Math.min(sheet.getLastRowNum(), 1000);
            for (int r = 0; r <= limit; r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    for (Cell cell : row) {
                        if (!blank(cell)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        private String headerList() {
            return layout.columns().stream().map(SheetColumn::header).collect(Collectors.joining(", "));
        }

        private Map<String, SheetColumn> knownHeaders() {
            Map<String, SheetColumn> known = new HashMap<>();
            for (SheetColumn column : layout.columns()) {
                known.put(headerKey(column.header()), column);
                column.aliases().forEach(alias -> known.put(headerKey(alias), column));
            }
            return known;
        }

        private Map<SheetColumn, Integer> matchColumns(Row header) {
            Map<String, SheetColumn> known = knownHeaders();
            Map<SheetColumn, Integer> positions = new LinkedHashMap<>();
            for (Cell cell : header) {
                if (cell.getCellType() != CellType.STRING) {
                    continue;
                }
                SheetColumn column = known.get(headerKey(cell.getStringCellValue()));
                if (column == null) {
                    continue;
                }
                if (positions.containsKey(column)) {
                    throw Rejected.badRequest(
                            "spreadsheet.duplicateColumn",
                            sheet.getSheetName(),
                            column.header(),
                            header.getRowNum() + 1);
                }
                positions.put(column, cell.getColumnIndex());
            }
            List<String> missing = new ArrayList<>();
            for (SheetColumn column : layout.columns()) {
                if (!positions.containsKey(column)) {
                    if (column.required()) {
                        missing.add(column.header());
                    } else {
                        notices.add(
                                CellProblem.of(header.getRowNum() + 1, column.header(), "spreadsheet.optionalMissing"));
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw Rejected.badRequest(
                        "spreadsheet.missingColumns",
                        sheet.getSheetName(),
                        header.getRowNum() + 1,
                        String.join(", ", missing));
            }
            return positions;
        }

        private static boolean blank(Row row, Map<SheetColumn, Integer> positions) {
            for (int index : positions.values()) {
                if (!blank(row.getCell(index))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean blank(@Nullable Cell cell) {
            if (cell == null) {
                return true;
            }
            return switch (cell.getCellType()) {
                case BLANK -> true;
                case STRING -> cell.getStringCellValue().isBlank();
                default -> false;
            };
        }

        private boolean isSample(SheetRow row, Map<SheetColumn, Integer> positions) {
            boolean anyExample = false;
            for (SheetColumn column : positions.keySet()) {
                Object value = row.values().get(column.key());
                if (column.example() == null) {
                    if (value != null) {
                        return false;
                    }
                    continue;
                }
                anyExample = true;
                if (value == null || !display(value).equals(column.example())) {
                    return false;
                }
            }
            return anyExample && row.problems().isEmpty();
        }

        private static String display(Object value) {
            return value instanceof LocalDate date
                    ? date.format(vn.edu.ecenter.shared.VietnameseText.DATE)
                    : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        }

        private SheetRow readRow(Row row, Map<SheetColumn, Integer> positions) {
            int number = row.getRowNum() + 1;
            Map<String, Object> values = new HashMap<>();
            List<CellProblem> problems = new ArrayList<>();
            for (var entry : positions.entrySet()) {
                SheetColumn column = entry.getKey();
                Cell cell = row.getCell(entry.getValue());
                if (blank(cell)) {
                    continue;
                }
                Object value = readCell(cell, column, number, problems);
                if (value != null) {
                    values.put(column.key(), value);
                }
            }
            return new SheetRow(number, values, problems);
        }

        private @Nullable Object readCell(Cell cell, SheetColumn column, int row, List<CellProblem> problems) {
            // The cell's name ("D7") is only needed for a message: made lazily, it costs nothing on good rows.
            String reference = "";
            if (cell.getCellType() == CellType.FORMULA
                    || cell.getCellType() == CellType.ERROR
                    || cell.getCellType() == CellType.NUMERIC) {
                reference = new CellReference(cell).formatAsString(false);
            }
            switch (cell.getCellType()) {
                case FORMULA -> {
                    problems.add(CellProblem.of(
                            row, column.header(), "spreadsheet.formula", reference, cell.getCellFormula()));
                    return null;
                }
                case ERROR -> {
                    problems.add(CellProblem.of(row, column.header(), "spreadsheet.errorCell", reference));
                    return null;
                }
                default -> {}
            }
            return switch (column.kind()) {
                case TEXT -> text(cell);
                case CODE -> code(cell, column, row, reference, problems);
                case ID_NUMBER -> idNumber(cell, column, row, reference, problems);
                case PHONE -> phone(cell, column, row, reference, problems);
                case DATE -> date(cell, column, row, problems);
                case NUMBER -> number(cell, column, row, problems);
            };
        }

        private static @Nullable String text(Cell cell) {
            return switch (cell.getCellType()) {
                case STRING -> clean(cell.getStringCellValue());
                case NUMERIC ->
                    DateUtil.isCellDateFormatted(cell)
                            ? cell.getLocalDateTimeCellValue()
                                    .toLocalDate()
                                    .format(vn.edu.ecenter.shared.VietnameseText.DATE)
                            : plain(cell.getNumericCellValue());
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> null;
            };
        }

        private static @Nullable String clean(String text) {
            String clean = Normalizer.normalize(text, Normalizer.Form.NFC)
                    .replace('\u00A0', ' ')
                    .strip();
            return clean.isEmpty() ? null : clean;
        }

        private static String plain(double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        /** The digits of a whole number typed into a cell, or null (with a problem) for anything else. */
        private static @Nullable String wholeNumber(
                Cell cell, SheetColumn column, int row, String reference, List<CellProblem> problems) {
            double value = cell.getNumericCellValue();
            if (value < 0 || value != Math.rint(value) || value >= 1e15) {
                problems.add(
                        CellProblem.of(row, column.header(), "spreadsheet.notAnIdentifier", reference, plain(value)));
                return null;
            }
            return BigDecimal.valueOf(value).toBigInteger().toString();
        }

        private static @Nullable String code(
                Cell cell, SheetColumn column, int row, String reference, List<CellProblem> problems) {
            return cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                    ? wholeNumber(cell, column, row, reference, problems)
                    : text(cell);
        }

        private @Nullable String idNumber(
                Cell cell, SheetColumn column, int row, String reference, List<CellProblem> problems) {
            if (cell.getCellType() != CellType.NUMERIC) {
                return text(cell);
            }
            String digits = wholeNumber(cell, column, row, reference, problems);
            // Every personal ID number starts with a 0 (the province codes are 001–096), which Excel drops from a
            // number, showing 79209012345 or 7.9209E+10: the zeros are put back and the user told.
            if (digits != null && digits.length() < 12 && digits.length() >= 9) {
                String restored = "0".repeat(12 - digits.length()) + digits;
                notices.add(CellProblem.of(row, column.header(), "spreadsheet.zerosRestored", reference, restored));
                return restored;
            }
            return digits;
        }

        private @Nullable String phone(
                Cell cell, SheetColumn column, int row, String reference, List<CellProblem> problems) {
            if (cell.getCellType() != CellType.NUMERIC) {
                return text(cell);
            }
            String digits = wholeNumber(cell, column, row, reference, problems);
            if (digits != null && !digits.startsWith("0") && !digits.startsWith("84")) {
                String restored = "0" + digits;
                notices.add(CellProblem.of(row, column.header(), "spreadsheet.zerosRestored", reference, restored));
                return restored;
            }
            return digits;
        }

        private static @Nullable LocalDate date(Cell cell, SheetColumn column, int row, List<CellProblem> problems) {
            if (cell.getCellType() == CellType.NUMERIC) {
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate();
                }
                problems.add(CellProblem.of(
                        row, column.header(), "spreadsheet.dateNumber", plain(cell.getNumericCellValue())));
                return null;
            }
            String text = text(cell);
            if (text == null) {
                return null;
            }
            if (DATE_TEXT.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text.replace('.', '/').replace('-', '/'), DAY_MONTH_YEAR);
                } catch (DateTimeException e) {
                    // falls through to the problem below (e.g. 31/02/2009)
                }
            }
            problems.add(CellProblem.of(row, column.header(), "spreadsheet.date", text));
            return null;
        }

        private static @Nullable BigDecimal number(Cell cell, SheetColumn column, int row, List<CellProblem> problems) {
            if (cell.getCellType() == CellType.NUMERIC) {
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            }
            String text = text(cell);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(CellProblem.of(row, column.header(), "spreadsheet.number", text));
                return null;
            }
        }
    }
}
