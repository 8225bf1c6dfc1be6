package vn.edu.ecenter.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx file read as a stream: the workbook's sheet names, then one sheet's rows handed over one at a time as its XML
 * is parsed (POI's event API: {@link XSSFReader} for the parts, SAX for the sheet), so that a sheet of tens of
 * thousands of rows never sits in memory as a document tree. The package is opened from a file, whose entries are
 * inflated on demand and guarded by POI's zip-bomb checks (minimum inflate ratio), rather than from a stream, which
 * would hold every inflated part in memory. Only the shared strings (one list of texts) and the styles are loaded
 * whole.
 *
 * <p>Cells are reported as the usermodel ({@code XSSFCell}) would type them: a cell with a formula, or inside an array
 * formula's range, is a formula whatever its cached value; a number with a date format is a date; blank cells and cells
 * holding only spaces are not reported at all.
 */
final class XlsxFile implements AutoCloseable {

    /** SpreadsheetML's namespaces, transitional and strict. */
    private static final Set<String> SPREADSHEET_ML = Set.of(
            "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            "http://purl.oclc.org/ooxml/spreadsheetml/main");

    /** What a non-blank cell holds. */
    enum Kind {
        STRING,
        NUMBER,
        BOOLEAN,
        ERROR,
        FORMULA
    }

    /**
     * A non-blank cell.
     *
     * @param column the column index, from 0
     * @param reference the cell's name as Excel shows it ("D7")
     * @param text a string's text, a formula's text (empty for the copies of a shared formula), a boolean's "1"/"0"
     * @param date the day of a number formatted as a date (or of an ISO date cell), else null
     */
    record RawCell(
            int column,
            String reference,
            Kind kind,
            String text,
            double number,
            @Nullable LocalDate date) {}

    /** The non-blank cells of a row, by column index; the index of the row from 0. */
    record RawRow(int index, Map<Integer, RawCell> cells) {

        @Nullable
        RawCell cell(int column) {
            return cells.get(column);
        }
    }

    private final OPCPackage container;
    private final XSSFReader reader;
    private final Map<String, PackagePart> sheets = new LinkedHashMap<>();

    private XlsxFile(OPCPackage container) throws IOException, OpenXML4JException {
        this.container = container;
        this.reader = new XSSFReader(container);
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            try (InputStream unused = iterator.next()) {
                sheets.put(iterator.getSheetName(), iterator.getSheetPart());
            }
        }
    }

    /** Opens the workbook read-only; any failure (not a zip, not a workbook, a zip bomb) is an {@link IOException}. */
    static XlsxFile open(Path file) throws IOException {
        OPCPackage container;
        try {
            container = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException("Not a readable workbook", e);
        }
        try {
            return new XlsxFile(container);
        } catch (OpenXML4JException | IOException | RuntimeException e) {
            container.revert();
            throw new IOException("Not a readable workbook", e);
        }
    }

    /** The sheet names in workbook order. */
    List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /**
     * Parses a sheet, handing each row with at least one non-blank cell to {@code rows} as soon as it is read. A {@link
     * RuntimeException} thrown by {@code rows} stops the reading and is thrown from here as it is.
     *
     * @throws IOException when the sheet's XML cannot be read
     */
    void readRows(String sheetName, Consumer<RawRow> rows) throws IOException {
        PackagePart part = sheets.get(sheetName);
        if (part == null) {
            throw new IllegalArgumentException("No sheet " + sheetName);
        }
        try (InputStream xml = part.getInputStream()) {
            SharedStrings strings = new ReadOnlySharedStringsTable(container, false);
            StylesTable styles = reader.getStylesTable();
            var handler = new SheetHandler(strings, styles, date1904(), rows);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        } catch (SAXException e) {
            Stopped stopped = stopped(e);
            if (stopped != null) {
                throw stopped.reason;
            }
            throw new IOException("Cannot read the sheet " + sheetName, e);
        } catch (OpenXML4JException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("Cannot read the sheet " + sheetName, e);
        } catch (RuntimeException e) {
            // A damaged part (a shared string index out of range, a number that is not one): the file is unreadable.
            throw new IOException("Cannot read the sheet " + sheetName, e);
        }
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
    private boolean date1904() throws IOException, OpenXML4JException, SAXException {
        boolean[] found = {false};
        try (InputStream xml = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (name(localName, qName).equals("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(xml));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return found[0];
    }

    @Override
    public void close() {
        container.revert();
    }

    private static String name(String localName, String qName) {
        if (!localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** The consumer's failure, whether the parser threw it as it was or wrapped it. */
    private static @Nullable Stopped stopped(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof Stopped stopped) {
                return stopped;
            }
            if (t instanceof SAXException sax && sax.getException() instanceof Stopped stopped) {
                return stopped;
            }
        }
        return null;
    }

    /** Carries a failure of the row consumer through the parser, untouched. */
    private static final class Stopped extends SAXException {

        final RuntimeException reason;

        Stopped(RuntimeException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }

    /** The SAX handler of a sheet part: {@code <sheetData><row><c><v/><f/><is><t/></is></c></row></sheetData>}. */
    private static final class SheetHandler extends DefaultHandler {

        private final @Nullable SharedStrings strings;
        private final @Nullable StylesTable styles;
        private final boolean date1904;
        private final Consumer<RawRow> rows;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();

        private boolean inSheetData;
        private int nextRow;
        private int row = -1;
        private Map<Integer, RawCell> cells = new LinkedHashMap<>();
        private int lastColumn = -1;

        // the cell being read
        private boolean inCell;
        private int column;
        private @Nullable String reference;
        private @Nullable String type;
        private int style;
        private boolean hasFormula;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineString;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(
                @Nullable SharedStrings strings,
                @Nullable StylesTable styles,
                boolean date1904,
                Consumer<RawRow> rows) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!uri.isEmpty() && !SPREADSHEET_ML.contains(uri)) {
                return;
            }
            switch (name(localName, qName)) {
                case "sheetData" -> inSheetData = true;
                case "row" -> {
                    if (inSheetData) {
                        String r = attributes.getValue("r");
                        row = r == null ? nextRow : Integer.parseInt(r.strip()) - 1;
                        cells = new LinkedHashMap<>();
                        lastColumn = -1;
                    }
                }
                case "c" -> {
                    if (inSheetData) {
                        startCell(attributes);
                    }
                }
                case "v" -> {
                    if (inCell) {
                        inValue = true;
                        value.setLength(0);
                    }
                }
                case "f" -> {
                    if (inCell) {
                        hasFormula = true;
                        inFormula = true;
                        formula.setLength(0);
                        String range = attributes.getValue("ref");
                        String kind = attributes.getValue("t");
                        // The other cells of an array formula's range carry no formula of their own.
                        if (range != null && ("array".equals(kind) || "dataTable".equals(kind))) {
                            arrayFormulas.add(CellRangeAddress.valueOf(range));
                        }
                    }
                }
                case "is" -> {
                    if (inCell) {
                        inInlineString = true;
                        value.setLength(0);
                    }
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = inInlineString && !inPhonetic;
                default -> {}
            }
        }

        private void startCell(Attributes attributes) {
            inCell = true;
            reference = attributes.getValue("r");
            column = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
            type = attributes.getValue("t");
            String s = attributes.getValue("s");
            style = s == null ? 0 : Integer.parseInt(s.strip());
            hasFormula = false;
            value.setLength(0);
            formula.setLength(0);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (!uri.isEmpty() && !SPREADSHEET_ML.contains(uri)) {
                return;
            }
            switch (name(localName, qName)) {
                case "sheetData" -> inSheetData = false;
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInlineString = false;
                case "c" -> {
                    if (inCell) {
                        RawCell cell = cell();
                        if (cell != null) {
                            cells.put(cell.column(), cell);
                        }
                        lastColumn = column;
                        inCell = false;
                    }
                }
                case "row" -> {
                    if (inSheetData) {
                        nextRow = row + 1;
                        if (!cells.isEmpty()) {
                            try {
                                rows.accept(new RawRow(row, cells));
                            } catch (RuntimeException e) {
                                throw new Stopped(e);
                            }
                        }
                    }
                }
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            }
        }

        /** The cell just read, or null when it is blank. */
        private @Nullable RawCell cell() {
            String name = reference != null ? reference : CellReference.convertNumToColString(column) + (row + 1);
            if (hasFormula || inArrayFormula()) {
                return new RawCell(column, name, Kind.FORMULA, formula.toString(), 0, null);
            }
            String raw = value.toString();
            String kind = type == null ? "n" : type;
            return switch (kind) {
                case "s" -> {
                    if (raw.isBlank() || strings == null) {
                        yield null;
                    }
                    yield string(
                            name,
                            strings.getItemAt(Integer.parseInt(raw.strip())).getString());
                }
                case "inlineStr", "str" -> string(name, raw);
                case "b" -> raw.isBlank() ? null : new RawCell(column, name, Kind.BOOLEAN, raw.strip(), 0, null);
                case "e" -> new RawCell(column, name, Kind.ERROR, raw, 0, null);
                case "d" -> isoDate(name, raw);
                default -> {
                    if (raw.isBlank()) {
                        yield null;
                    }
                    double number = Double.parseDouble(raw.strip());
                    LocalDate date = isDateStyle(style) && DateUtil.isValidExcelDate(number)
                            ? DateUtil.getLocalDateTime(number, date1904).toLocalDate()
                            : null;
                    yield new RawCell(column, name, Kind.NUMBER, raw, number, date);
                }
            };
        }

        private @Nullable RawCell string(String name, @Nullable String text) {
            return text == null || text.isBlank() ? null : new RawCell(column, name, Kind.STRING, text, 0, null);
        }

        /** A date cell of the ISO 8601 kind ({@code t="d"}), as written by some programs other than Excel. */
        private @Nullable RawCell isoDate(String name, String raw) {
            String text = raw.strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                LocalDateTime moment = text.contains("T")
                        ? LocalDateTime.parse(text.length() > 19 ? text.substring(0, 19) : text)
                        : LocalDate.parse(text).atStartOfDay();
                return new RawCell(
                        column, name, Kind.NUMBER, text, DateUtil.getExcelDate(moment, date1904), moment.toLocalDate());
            } catch (DateTimeException e) {
                return string(name, text);
            }
        }

        private boolean inArrayFormula() {
            for (CellRangeAddress range : arrayFormulas) {
                if (range.isInRange(row, column)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether numbers of that style show as dates (its number format, built in or the workbook's own). */
        private boolean isDateStyle(int index) {
            if (styles == null) {
                return false;
            }
            return dateStyles.computeIfAbsent(index, i -> {
                if (i < 0 || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null
                        && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }
    }
}
