package vn.edu.ecenter.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds real .xlsx files for tests, cell by cell: a {@link String} is a text cell, a {@link Number} a numeric cell, a
 * {@link LocalDate} a date cell (formatted dd/mm/yyyy), a {@link Formula} a formula, null an absent cell.
 */
public final class Xlsx {

    /** A formula cell, e.g. {@code new Formula("A2&\" \"&B2")}. */
    public record Formula(String expression) {}

    private final List<SheetData> sheets = new ArrayList<>();

    private record SheetData(String name, List<Object[]> rows, int blankRowsAfter) {}

    public static Xlsx workbook() {
        return new Xlsx();
    }

    public Xlsx sheet(String name, List<Object[]> rows) {
        return sheet(name, rows, 0);
    }

    /** A sheet followed by that many rows that exist in the file (formatted) but hold no value. */
    public Xlsx sheet(String name, List<Object[]> rows, int blankRowsAfter) {
        sheets.add(new SheetData(name, rows, blankRowsAfter));
        return this;
    }

    public byte[] bytes() {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle bordered = workbook.createCellStyle();
            bordered.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            for (SheetData data : sheets) {
                XSSFSheet sheet = workbook.createSheet(data.name());
                int r = 0;
                for (Object[] values : data.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.length; c++) {
                        Object value = values[c];
                        if (value == null) {
                            continue;
                        }
                        var cell = row.createCell(c);
                        switch (value) {
                            case String text -> cell.setCellValue(text);
                            case Number number -> cell.setCellValue(number.doubleValue());
                            case LocalDate day -> {
                                cell.setCellValue(day);
                                cell.setCellStyle(date);
                            }
                            case Formula formula -> cell.setCellFormula(formula.expression());
                            default ->
                                throw new IllegalArgumentException(
                                        value.getClass().getName());
                        }
                    }
                }
                for (int b = 0; b < data.blankRowsAfter(); b++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellStyle(bordered);
                    row.createCell(1).setCellValue("   ");
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
