package ua.fakh.web.analytics.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.common.CsvLines;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableCsvTest {

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() {
        byte[] csv = TableCsv.write(SampleTables.hromadas());

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void readsBackAsTheSameTableWithARfc4180Parser() throws IOException {
        ReportTable table = SampleTables.hromadas();
        String text = new String(TableCsv.write(table), StandardCharsets.UTF_8).substring(1);

        List<CSVRecord> records = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180).getRecords();

        assertThat(records).hasSize(table.rows().size() + 1);
        assertThat(records.get(0).toList()).isEqualTo(table.headers());
        for (int r = 0; r < table.rows().size(); r++) {
            assertSameRow(records.get(r + 1).toList(), table.rows().get(r));
        }
    }

    @Test
    void readsBackWithTheReaderFakhImportsCsvWith() {
        ReportTable table = SampleTables.gain();

        List<CsvLines.Row> rows = CsvLines.parse(new String(TableCsv.write(table), StandardCharsets.UTF_8));

        assertThat(rows).hasSize(3);
        assertSameRow(rows.get(1).fields(), table.rows().get(0));
        assertSameRow(rows.get(2).fields(), table.rows().get(1));
    }

    @Test
    void writesNumbersUnformattedAndHiddenCellsAsTheyAreShown() {
        String text = new String(TableCsv.write(SampleTables.hromadas()), StandardCharsets.UTF_8);

        assertThat(text).contains("\"Вінницька, міська\",місто,1234567,2000,61.728,0.125\r\n")
                .contains(",<5,,<5,\r\n").contains("Бершадська міська,місто,12,40,30,-2.5\r\n")
                .doesNotContain("#");
    }

    @Test
    void keepsTextFromBeingRunAsAFormula() {
        String text = new String(TableCsv.write(SampleTables.hromadas()), StandardCharsets.UTF_8);

        assertThat(text).contains("'=Формула,'+село,7,7,100,3\r\n");
    }

    private static void assertSameRow(List<String> fields, List<Object> cells) {
        assertThat(fields).hasSize(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            String field = fields.get(c);
            if (cell instanceof Number number) {
                assertThat(new BigDecimal(field)).isEqualByComparingTo(Cells.decimal(number));
            } else if (cell == null) {
                assertThat(field).isEmpty();
            } else {
                assertThat(field).isEqualTo(Cells.text(cell.toString()));
            }
        }
    }
}
