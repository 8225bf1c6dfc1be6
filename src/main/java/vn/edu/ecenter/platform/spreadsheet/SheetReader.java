package vn.edu.ecenter.platform.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import vn.edu.ecenter.platform.files.FileChecks;
import vn.edu.ecenter.platform.files.FileType;
import vn.edu.ecenter.platform.spreadsheet.XlsxFile.Kind;
import vn.edu.ecenter.platform.spreadsheet.XlsxFile.RawCell;
import vn.edu.ecenter.platform.spreadsheet.XlsxFile.RawRow;
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
 * <p>The sheet is read as a stream ({@link XlsxFile}: POI's event API and SAX), row by row, never as a whole workbook
 * in memory: a file of tens of thousands of rows costs the rows read, not a document tree of every cell. The upload is
 * written to a temporary file (owner-only, deleted afterwards) so that the zip's parts are inflated on demand.
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
        Path file = temporaryCopy(content);
        try (XlsxFile workbook = XlsxFile.open(file)) {
            String sheet = findSheet(workbook.sheetNames(), layout, name);
            var reading = new Reading(sheet, layout);
            workbook.readRows(sheet, reading::row);
            return reading.finish();
        } catch (IOException e) {
            // A damaged zip, XML that is not a workbook, or a zip bomb (POI's inflate-ratio guard).
            throw Rejected.badRequest("spreadsheet.unreadable", name);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static Path temporaryCopy(byte[] content) {
        try {
            Path file = Files.createTempFile("ecenter-sheet-", ".xlsx");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a temporary copy of an upload", e);
        }
    }

    private static String findSheet(List<String> sheets, SheetLayout layout, String name) {
        String wanted = headerKey(layout.sheetName());
        for (String sheet : sheets) {
            if (headerKey(sheet).equals(wanted)) {
                return sheet;
            }
        }
        throw Rejected.badRequest(
                "spreadsheet.sheetMissing",
                name,
                layout.sheetName(),
                sheets.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", ")));
    }

    /** A header as compared: folded (no diacritics, lower case), without "*" and punctuation, spaces collapsed. */
    static String headerKey(@Nullable String header) {
        return VietnameseText.fold(header).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The reading of one sheet, fed one row at a time: the first rows are kept until the header row is known (it is
     * looked for among them), every later row is read at once and only its values are kept.
     */
    private static final class Reading {

        private final String sheetName;
        private final SheetLayout layout;
        private final List<CellProblem> notices = new ArrayList<>();
        private final List<SheetRow> rows = new ArrayList<>();

        /** The rows read before the header is known: those among the first {@link #HEADER_SEARCH_ROWS}. */
        private final List<RawRow> head = new ArrayList<>();

        private int headerIndex = -1;
        private @Nullable Map<SheetColumn, Integer> positions;

        /** Set when no header was found but the sheet may still prove not empty (a value further down). */
        private boolean noHeader;

        Reading(String sheetName, SheetLayout layout) {
            this.sheetName = sheetName;
            this.layout = layout;
        }

        void row(RawRow row) {
            if (noHeader) {
                lookForContent(row);
                return;
            }
            if (positions == null) {
                if (row.index() < HEADER_SEARCH_ROWS) {
                    head.add(row);
                    return;
                }
                startData();
            }
            data(row);
        }

        SheetContent finish() {
            if (positions == null && !noHeader) {
                startData();
            }
            if (positions == null) {
                // Nothing is written in the first 1,000 rows (a row holding a value would have ended the reading).
                throw headerProblem(true);
            }
            return new SheetContent(headerIndex + 1, rows, notices);
        }

        /** Finds the header among the first rows, then reads the data rows among them. */
        private void startData() {
            headerIndex = findHeaderRow();
            if (headerIndex < 0) {
                noHeader = true;
                for (RawRow row : head) {
                    lookForContent(row);
                }
                return;
            }
            RawRow header = head.stream()
                    .filter(r -> r.index() == headerIndex)
                    .findFirst()
                    .orElseThrow();
            positions = matchColumns(header);
            for (RawRow row : head) {
                if (row.index() > headerIndex) {
                    data(row);
                }
            }
            head.clear();
        }

        private void data(RawRow row) {
            Map<SheetColumn, Integer> columns = positions;
            if (columns == null || blank(row, columns)) {
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw Rejected.badRequest("spreadsheet.tooManyRows", sheetName, MAX_ROWS);
            }
            SheetRow read = readRow(row, columns);
            if (isSample(read, columns)) {
                notices.add(CellProblem.of(read.number(), "", "spreadsheet.sampleSkipped"));
                return;
            }
            rows.add(read);
        }

        private int findHeaderRow() {
            Map<String, SheetColumn> known = knownHeaders();
            int best = -1;
            int bestMatches = 0;
            for (RawRow row : head) {
                int matches = 0;
                for (RawCell cell : row.cells().values()) {
                    if (cell.kind() == Kind.STRING && known.containsKey(headerKey(cell.text()))) {
                        matches++;
                    }
                }
                if (matches > bestMatches) {
                    best = row.index();
                    bestMatches = matches;
                }
            }
            return best;
        }

        /**
         * With no header row, the sheet is "empty" if nothing is written in its first 1,000 rows, else it has no header:
         * a row holding a value ends the reading with the latter, a row beyond those with the former.
         */
        private void lookForContent(RawRow row) {
            if (row.index() > 1000) {
                throw headerProblem(true);
            }
            if (!row.cells().isEmpty()) {
                throw headerProblem(false);
            }
        }

        private Rejected headerProblem(boolean empty) {
            return Rejected.badRequest(
                    empty ? "spreadsheet.sheetEmpty" : "spreadsheet.noHeader", sheetName, headerList());
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

        private Map<SheetColumn, Integer> matchColumns(RawRow header) {
            Map<String, SheetColumn> known = knownHeaders();
            Map<SheetColumn, Integer> positions = new LinkedHashMap<>();
            int headerNumber = header.index() + 1;
            for (RawCell cell : header.cells().values()) {
                if (cell.kind() != Kind.STRING) {
                    continue;
                }
                SheetColumn column = known.get(headerKey(cell.text()));
                if (column == null) {
                    continue;
                }
                if (positions.containsKey(column)) {
                    throw Rejected.badRequest("spreadsheet.duplicateColumn", sheetName, column.header(), headerNumber);
                }
                positions.put(column, cell.column());
            }
            List<String> missing = new ArrayList<>();
            for (SheetColumn column : layout.columns()) {
                if (!positions.containsKey(column)) {
                    if (column.required()) {
                        missing.add(column.header());
                    } else {
                        notices.add(CellProblem.of(headerNumber, column.header(), "spreadsheet.optionalMissing"));
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw Rejected.badRequest(
                        "spreadsheet.missingColumns", sheetName, headerNumber, String.join(", ", missing));
            }
            return positions;
        }

        /** Whether none of the sheet's columns holds a value in the row (blank cells are not even reported). */
        private static boolean blank(RawRow row, Map<SheetColumn, Integer> positions) {
            for (int index : positions.values()) {
                if (row.cell(index) != null) {
                    return false;
                }
            }
            return true;
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
                    ? date.format(VietnameseText.DATE)
                    : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        }

        private SheetRow readRow(RawRow row, Map<SheetColumn, Integer> positions) {
            int number = row.index() + 1;
            Map<String, Object> values = new HashMap<>();
            List<CellProblem> problems = new ArrayList<>();
            for (var entry : positions.entrySet()) {
                SheetColumn column = entry.getKey();
                RawCell cell = row.cell(entry.getValue());
                if (cell == null) {
                    continue;
                }
                Object value = readCell(cell, column, number, problems);
                if (value != null) {
                    values.put(column.key(), value);
                }
            }
            return new SheetRow(number, values, problems);
        }

        private @Nullable Object readCell(RawCell cell, SheetColumn column, int row, List<CellProblem> problems) {
            switch (cell.kind()) {
                case FORMULA -> {
                    // The copies of a shared formula (filled down in Excel) carry no text of their own.
                    problems.add(
                            cell.text().isBlank()
                                    ? CellProblem.of(row, column.header(), "spreadsheet.formulaCopy", cell.reference())
                                    : CellProblem.of(
                                            row,
                                            column.header(),
                                            "spreadsheet.formula",
                                            cell.reference(),
                                            cell.text().strip()));
                    return null;
                }
                case ERROR -> {
                    problems.add(CellProblem.of(row, column.header(), "spreadsheet.errorCell", cell.reference()));
                    return null;
                }
                default -> {}
            }
            return switch (column.kind()) {
                case TEXT -> text(cell);
                case CODE -> code(cell, column, row, problems);
                case ID_NUMBER -> idNumber(cell, column, row, problems);
                case PHONE -> phone(cell, column, row, problems);
                case DATE -> date(cell, column, row, problems);
                case NUMBER -> number(cell, column, row, problems);
            };
        }

        private static @Nullable String text(RawCell cell) {
            return switch (cell.kind()) {
                case STRING -> clean(cell.text());
                case NUMBER -> {
                    LocalDate date = cell.date();
                    yield date != null ? date.format(VietnameseText.DATE) : plain(cell.number());
                }
                case BOOLEAN -> "1".equals(cell.text()) || "true".equalsIgnoreCase(cell.text()) ? "TRUE" : "FALSE";
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
                RawCell cell, SheetColumn column, int row, List<CellProblem> problems) {
            double value = cell.number();
            if (value < 0 || value != Math.rint(value) || value >= 1e15) {
                problems.add(CellProblem.of(
                        row, column.header(), "spreadsheet.notAnIdentifier", cell.reference(), plain(value)));
                return null;
            }
            return BigDecimal.valueOf(value).toBigInteger().toString();
        }

        private static @Nullable String code(RawCell cell, SheetColumn column, int row, List<CellProblem> problems) {
            return cell.kind() == Kind.NUMBER && cell.date() == null
                    ? wholeNumber(cell, column, row, problems)
                    : text(cell);
        }

        private @Nullable String idNumber(RawCell cell, SheetColumn column, int row, List<CellProblem> problems) {
            if (cell.kind() != Kind.NUMBER) {
                return text(cell);
            }
            String digits = wholeNumber(cell, column, row, problems);
            // Every personal ID number starts with a 0 (the province codes are 001–096), which Excel drops from a
            // number, showing 79209012345 or 7.9209E+10: the zeros are put back and the user told.
            if (digits != null && digits.length() < 12 && digits.length() >= 9) {
                String restored = "0".repeat(12 - digits.length()) + digits;
                notices.add(
                        CellProblem.of(row, column.header(), "spreadsheet.zerosRestored", cell.reference(), restored));
                return restored;
            }
            return digits;
        }

        private @Nullable String phone(RawCell cell, SheetColumn column, int row, List<CellProblem> problems) {
            if (cell.kind() != Kind.NUMBER) {
                return text(cell);
            }
            String digits = wholeNumber(cell, column, row, problems);
            if (digits != null && !digits.startsWith("0") && !digits.startsWith("84")) {
                String restored = "0" + digits;
                notices.add(
                        CellProblem.of(row, column.header(), "spreadsheet.zerosRestored", cell.reference(), restored));
                return restored;
            }
            return digits;
        }

        private static @Nullable LocalDate date(RawCell cell, SheetColumn column, int row, List<CellProblem> problems) {
            if (cell.kind() == Kind.NUMBER) {
                if (cell.date() != null) {
                    return cell.date();
                }
                problems.add(CellProblem.of(row, column.header(), "spreadsheet.dateNumber", plain(cell.number())));
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

        private static @Nullable BigDecimal number(
                RawCell cell, SheetColumn column, int row, List<CellProblem> problems) {
            if (cell.kind() == Kind.NUMBER) {
                return BigDecimal.valueOf(cell.number()).stripTrailingZeros();
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
