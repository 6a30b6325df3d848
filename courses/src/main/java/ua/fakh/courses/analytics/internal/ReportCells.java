package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.SmallCells;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every count of one report in one {@link SmallCells.Table}: the parts register their counts and
 * sums first, then the table decides once what to hide, so a total shared by two tables is hidden on
 * both or on neither.
 */
final class ReportCells {
    static final String TOTAL = "total";

    private final SmallCells.Table table = new SmallCells.Table();
    private Set<String> hidden;

    void count(String key, long value) {
        table.count(key, value);
    }

    void unpublished(String key, long value) {
        table.unpublished(key, value);
    }

    /** {@code total} = the parts + what the parts leave over (unpublished, when any). */
    void sum(String total, List<String> parts, String restKey) {
        if (parts.isEmpty()) {
            return; // nothing to subtract from
        }
        long rest = table.value(total) - parts.stream().mapToLong(table::value).sum();
        if (rest < 0) {
            throw new IllegalStateException("The parts of " + total + " exceed it");
        }
        List<String> all = new ArrayList<>(parts);
        if (rest > 0) {
            unpublished(restKey, rest);
            all.add(restKey);
        }
        table.relation(total, all);
    }

    void seal() {
        hidden = table.hidden();
    }

    long value(String key) {
        return table.value(key);
    }

    boolean hidden(String key) {
        return hidden.contains(key);
    }

    /** The count, or "<5". */
    Object shown(String key) {
        return SmallCells.shown(table.value(key), hidden(key));
    }

    /** The count as a share of a headcount, in per cent with one decimal; "<5" with the count; nothing without a headcount. */
    @Nullable
    Object percent(String key, @Nullable Integer headcount) {
        if (headcount == null || headcount == 0) {
            return null;
        }
        if (hidden(key)) {
            return SmallCells.HIDDEN;
        }
        return BigDecimal.valueOf(table.value(key) * 100L).divide(BigDecimal.valueOf(headcount), 1, RoundingMode.HALF_UP);
    }
}
