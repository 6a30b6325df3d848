package ua.fakh.core.analytics;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which hidden counts a reader could still work out by combining every sum of the report: the sums
 * are equations in the hidden cells (the shown ones are known numbers), and a hidden cell is pinned
 * down exactly when its unit vector lies in the span of those equations. The equations are reduced to
 * echelon form modulo a large prime (their coefficients are ±1, so the span is the rational one),
 * sparse, since each sum has few hidden members.
 */
final class LinearDisclosure {
    private static final long PRIME = 2_147_483_647L;

    private final SmallCells.Table table;
    private final Set<String> hidden;
    private final Map<String, Integer> column = new HashMap<>();
    /** Echelon rows by their first column; each is 1 there. */
    private final Map<Integer, TreeMap<Integer, Long>> pivots = new HashMap<>();

    /**
     * A hidden zero (an unseen remainder that happens to be empty) counts as known: a reader may guess
     * that nobody is left over, and must learn nothing even then.
     */
    LinearDisclosure(SmallCells.Table table, Set<String> hidden) {
        this.table = table;
        this.hidden = hidden.stream().filter(key -> table.value(key) != 0).collect(Collectors.toSet());
        this.hidden.forEach(key -> column.put(key, column.size()));
    }

    /** The first small hidden count (in the order the table was given) the sums pin down, if any. */
    Optional<String> firstDetermined() {
        for (SmallCells.Relation relation : table.relations) {
            add(equation(relation));
        }
        return table.values.keySet().stream()
                .filter(hidden::contains).filter(key -> SmallCells.small(table.value(key)))
                .filter(this::determined).findFirst();
    }

    private TreeMap<Integer, Long> equation(SmallCells.Relation relation) {
        TreeMap<Integer, Long> row = new TreeMap<>();
        for (String part : relation.parts()) {
            if (hidden.contains(part)) {
                row.merge(column.get(part), PRIME - 1, (a, b) -> (a + b) % PRIME);
            }
        }
        if (hidden.contains(relation.total())) {
            row.merge(column.get(relation.total()), 1L, (a, b) -> (a + b) % PRIME);
        }
        row.values().removeIf(v -> v == 0);
        return row;
    }

    private void add(TreeMap<Integer, Long> row) {
        reduce(row);
        if (!row.isEmpty()) {
            int lead = row.firstKey();
            long scale = inverse(row.get(lead));
            row.replaceAll((c, v) -> v * scale % PRIME);
            pivots.put(lead, row);
        }
    }

    private boolean determined(String key) {
        TreeMap<Integer, Long> unit = new TreeMap<>(Map.of(column.get(key), 1L));
        reduce(unit);
        return unit.isEmpty();
    }

    /** Subtracts echelon rows until the row is empty or leads with a column no echelon row starts at. */
    private void reduce(TreeMap<Integer, Long> row) {
        while (!row.isEmpty()) {
            int lead = row.firstKey();
            TreeMap<Integer, Long> pivot = pivots.get(lead);
            if (pivot == null) {
                return;
            }
            long factor = row.get(lead);
            pivot.forEach((c, v) -> {
                long updated = ((row.getOrDefault(c, 0L) - factor * v) % PRIME + PRIME) % PRIME;
                if (updated == 0) {
                    row.remove(c);
                } else {
                    row.put(c, updated);
                }
            });
        }
    }

    private static long inverse(long value) {
        long result = 1;
        long base = value % PRIME;
        for (long exponent = PRIME - 2; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) == 1) {
                result = result * base % PRIME;
            }
            base = base * base % PRIME;
        }
        return result;
    }
}
