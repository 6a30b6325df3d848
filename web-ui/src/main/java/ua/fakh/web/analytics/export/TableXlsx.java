package ua.fakh.web.analytics.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ua.fakh.core.analytics.ReportTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Report tables as an XLSX workbook, one sheet per table named after it: a bold, frozen header row, numbers
 * as number cells (so sums and charts work with any regional settings), days ({@link LocalDate}) as date cells
 * with a day format, {@code <5} and names as text, then
 * under the table its notes and what the file is about (scope, period, filters, when, the privacy rule).
 * Written with fastexcel, as the gradebook and certificate lists are.
 */
final class TableXlsx {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    /** Excel's own day format code; the reader's regional settings do not change which day it shows. */
    static final String DATE_FORMAT = "dd.mm.yyyy";

    private TableXlsx() {
    }

    /** @param about lines printed under every table: the report's scope, period, filters, date and privacy rule */
    static byte[] write(List<ReportTable> tables, List<String> about) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Fakh", "1.0")) {
            for (ReportTable table : tables) {
                sheet(workbook.newWorksheet(sheetName(table)), table, about);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet sheet, ReportTable table, List<String> about) {
        int columns = Math.max(1, table.headers().size());
        int[] widths = new int[columns];
        for (int col = 0; col < table.headers().size(); col++) {
            String header = table.headers().get(col);
            sheet.value(0, col, Cells.text(header));
            widths[col] = header.length();
        }
        sheet.range(0, 0, 0, columns - 1).style().bold().wrapText(true).set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int col = 0; col < row.size(); col++) {
                int length = cell(sheet, r, col, row.get(col));
                if (col < columns) {
                    widths[col] = Math.max(widths[col], length);
                }
            }
            r++;
        }
        r++;
        sheet.value(r, 0, Cells.text(table.title()));
        sheet.style(r++, 0).bold().set();
        for (String line : table.notes()) {
            sheet.value(r++, 0, Cells.text(line));
        }
        for (String line : about) {
            sheet.value(r, 0, Cells.text(line));
            sheet.style(r++, 0).italic().set();
        }
        for (int col = 0; col < columns; col++) {
            sheet.width(col, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[col] + 2)));
        }
    }

    /** Writes one cell; answers how many characters it shows, for the column width. */
    private static int cell(Worksheet sheet, int r, int col, Object cell) {
        if (cell instanceof Number number) {
            BigDecimal decimal = Cells.decimal(number);
            if (decimal == null) {
                return 0;
            }
            sheet.value(r, col, decimal.stripTrailingZeros());
            return decimal.stripTrailingZeros().toPlainString().length();
        }
        if (cell instanceof LocalDate day) {
            // A date cell, not text: it sorts, filters and subtracts as a date.
            sheet.value(r, col, day);
            sheet.style(r, col).format(DATE_FORMAT).set();
            return DATE_FORMAT.length();
        }
        if (cell == null) {
            return 0;
        }
        String text = Cells.text(cell.toString());
        sheet.value(r, col, text);
        return text.length();
    }

    /** The table's title as Excel allows a sheet name (fastexcel then removes []:*?/\, cuts to 31, numbers repeats). */
    static String sheetName(ReportTable table) {
        String title = table.title() == null ? "" : table.title().replaceAll("^'+|'+$", "").strip();
        return title.isEmpty() ? table.id() : title;
    }
}
