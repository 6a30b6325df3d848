package ua.fakh.core.organizations.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The facts sheet as a spreadsheet in Ukraine opens it by double-click: UTF-8 with a byte-order
 * mark, ';' between cells, CRLF. Every organization is named by its id (what the import reads back
 * without doubt), with its name and kind beside it for the people editing it.
 */
final class FactsCsvWriter {
    private FactsCsvWriter() {
    }

    static byte[] write(List<OrganizationRow> organizations) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of(FactsCsvColumns.ORGANIZATION));
        header.addAll(FactsCsvColumns.FOR_PEOPLE);
        header.addAll(FactsCsvColumns.FACTS);
        line(csv, header);
        for (OrganizationRow org : organizations) {
            line(csv, List.of(org.id().toString(), org.name(), org.kind().name(), text(org.katottg()), text(org.hromadaKind()),
                    text(org.institutionKind()), text(org.frontlineSince()), text(org.deoccupiedSince()), text(org.staffHeadcount())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(";", cells.stream().map(FactsCsvWriter::quote).toList())).append("\r\n");
    }

    /** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a name as a formula. */
    private static String quote(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
