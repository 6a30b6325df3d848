package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.FactsImportResult;

import java.util.List;

/**
 * The facts file page: the outcome of the last upload — applied ({@code result}), refused line by
 * line ({@code lines}, already in the reader's language), or refused whole ({@code error}) — if any.
 */
public record FactsPageModel(@Nullable FactsImportResult result, List<Line> lines, @Nullable String error, int maxMegabytes) {

    /** One wrong cell: its line, its column, and what is wrong with it. */
    public record Line(int line, String column, String problem) {
    }
}
