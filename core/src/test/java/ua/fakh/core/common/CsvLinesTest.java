package ua.fakh.core.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLinesTest {
    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<CsvLines.Row> rows = CsvLines.parse("a,\"Коваленко, Анна\",\"say \"\"hi\"\"\"\r\nb,\"two\nlines\",x\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fields()).containsExactly("a", "Коваленко, Анна", "say \"hi\"");
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(1).field(1)).isEqualTo("two\nlines");
    }

    @Test
    void reportsTheLineWhereARecordStartsAfterAMultiLineField() {
        List<CsvLines.Row> rows = CsvLines.parse("a,\"1\n2\n3\"\nb,c\n");
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void acceptsSemicolonsByteOrderMarkAndSkipsBlankLines() {
        List<CsvLines.Row> rows = CsvLines.parse("\uFEFFemail;name\n\nx@y.ua;Олег\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).field(0)).isEqualTo("email");
        assertThat(rows.get(1).fields()).containsExactly("x@y.ua", "Олег");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void missingFieldsReadAsEmpty() {
        assertThat(CsvLines.parse("only").get(0).field(3)).isEmpty();
    }
}
