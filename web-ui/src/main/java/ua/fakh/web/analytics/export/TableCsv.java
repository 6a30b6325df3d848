package ua.fakh.web.analytics.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ua.fakh.core.analytics.ReportTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One report table as CSV for programs and spreadsheets: UTF-8 with a byte-order mark (Excel then shows
 * Cyrillic), RFC 4180 (commas, CRLF, quotes only where needed), the header row, then one line per row with
 * numbers unformatted ({@code 1234.5}) and hidden cells as {@code <5}. The table's notes are left out: a
 * comment line is not RFC 4180 and would read as a data row to most parsers (the XLSX and PDF carry them).
 */
final class TableCsv {
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private TableCsv() {
    }

    static byte[] write(ReportTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(table.headers().stream().map(Cells::text).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(cell(cell));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object cell) {
        if (cell instanceof Number number) {
            String plain = Cells.plain(number);
            return plain == null ? "" : plain;
        }
        return cell == null ? "" : Cells.text(cell.toString());
    }
}
