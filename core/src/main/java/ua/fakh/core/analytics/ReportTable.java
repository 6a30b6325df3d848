package ua.fakh.core.analytics;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A territory report's table as the reader sees it, ready for a page, a spreadsheet or a PDF: headers
 * and cells in the reader's language, small cells already hidden. A cell is a {@link Number}, a
 * {@link String} (a name, or {@link SmallCells#HIDDEN}), or null (nothing to say).
 *
 * @param id    stable machine name, used in export file names ({@code coverage-hromadas})
 * @param notes sentences printed under the table (what a "<5" means, what the percentage is of)
 */
public record ReportTable(String id, String title, List<String> headers, List<List<Object>> rows,
                          List<String> notes) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
        notes = List.copyOf(notes);
    }

    /** A cell that says nothing: rendered empty. */
    public static @Nullable Object blank() {
        return null;
    }
}
