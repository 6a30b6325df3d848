package ua.fakh.web.analytics.export;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.analytics.SmallCells;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableXlsxTest {
    private static final List<String> ABOUT = List.of("Вінницька область", "Період: 01.01.2026–31.12.2026",
            "Групи до 5 осіб показано як «<5».");

    @Test
    void writesOneSheetPerTableNamedAfterIt() throws IOException {
        try (ReadableWorkbook book = read(List.of(SampleTables.hromadas(), SampleTables.gain()))) {
            assertThat(book.getSheets().map(Sheet::getName).toList())
                    .containsExactly("Громади- навчені працівники", "Приріст знань за курсами");
        }
    }

    @Test
    void keepsNumbersAsNumberCellsAndHiddenCellsAsText() throws IOException {
        ReportTable table = SampleTables.hromadas();
        try (ReadableWorkbook book = read(List.of(table))) {
            List<Row> rows = book.getFirstSheet().read();

            assertThat(rows.get(0).stream().map(Cell::getText).toList()).isEqualTo(table.headers());
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> cells = table.rows().get(r);
                Row row = rows.get(r + 1);
                for (int c = 0; c < cells.size(); c++) {
                    Object expected = cells.get(c);
                    Cell cell = row.getOptionalCell(c).orElse(null);
                    if (expected instanceof Number number) {
                        assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
                        assertThat(cell.asNumber()).isEqualByComparingTo(Cells.decimal(number));
                    } else if (expected == null) {
                        assertThat(cell == null || cell.getType() == CellType.EMPTY).isTrue();
                    } else {
                        assertThat(cell.getType()).isEqualTo(CellType.STRING);
                        assertThat(cell.asString()).isEqualTo(Cells.text(expected.toString()));
                    }
                }
            }
            assertThat(rows.get(3).getCell(2).asString()).isEqualTo(SmallCells.HIDDEN);
        }
    }

    @Test
    void printsTheNotesAndWhatTheFileIsAboutUnderTheTable() throws IOException {
        ReportTable table = SampleTables.hromadas();
        try (ReadableWorkbook book = read(List.of(table))) {
            List<String> firstColumn = book.getFirstSheet().read().stream()
                    .skip(table.rows().size() + 1L).map(row -> row.getCellText(0)).toList();

            assertThat(firstColumn).containsSubsequence(table.title(), table.notes().get(0), table.notes().get(1),
                    ABOUT.get(0), ABOUT.get(1), ABOUT.get(2));
        }
    }

    @Test
    void writesAnEmptyTableAsItsHeaderAndNotes() throws IOException {
        ReportTable empty = new ReportTable("empty", "Нічого", List.of("Громада", "Навчено"), List.of(), List.of());
        try (ReadableWorkbook book = read(List.of(empty))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Навчено");
            assertThat(rows.stream().map(row -> row.getCellText(0))).contains("Нічого");
        }
    }

    @Test
    void writesWholeNumbersWithoutADecimalPart() throws IOException {
        try (ReadableWorkbook book = read(List.of(SampleTables.hromadas()))) {
            assertThat(book.getFirstSheet().read().get(2).getCell(2).asNumber()).isEqualTo(new BigDecimal("1234567"));
        }
    }

    @Test
    void writesDaysAsDateCellsWithADayFormat() throws IOException {
        ReportTable table = new ReportTable("since", "Громади з датою", List.of("Громада", "Прифронтова з"),
                List.of(List.of("Громада А", LocalDate.of(2026, 2, 24)), List.of("Громада Б", LocalDate.of(2026, 12, 7))), List.of());
        byte[] file = TableXlsx.write(List.of(table), ABOUT);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            List<Row> rows = book.getFirstSheet().read();
            Cell first = rows.get(1).getCell(1);
            assertThat(first.getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getDataFormatString()).isEqualTo(TableXlsx.DATE_FORMAT);
            assertThat(first.asDate()).isEqualTo(LocalDate.of(2026, 2, 24).atStartOfDay());
            assertThat(rows.get(2).getCell(1).asDate()).isEqualTo(LocalDate.of(2026, 12, 7).atStartOfDay());
        }
    }

    private static ReadableWorkbook read(List<ReportTable> tables) throws IOException {
        return new ReadableWorkbook(new ByteArrayInputStream(TableXlsx.write(tables, ABOUT)));
    }
}
