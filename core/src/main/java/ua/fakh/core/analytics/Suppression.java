package ua.fakh.core.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The suppression rule of {@link SmallCells.Table}, worked through once. */
final class Suppression {

    private final SmallCells.Table table;
    private final Set<String> hidden = new LinkedHashSet<>();
    private final Map<String, List<SmallCells.Relation>> relationsOf = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    Suppression(SmallCells.Table table) {
        this.table = table;
        table.values.keySet().forEach(key -> order.put(key, order.size()));
        for (SmallCells.Relation relation : table.relations) {
            relation.members().forEach(key -> relationsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(relation));
        }
    }

    Set<String> run() {
        table.values.forEach((key, value) -> {
            if (SmallCells.small(value) || table.unpublished.contains(key)) {
                hidden.add(key);
            }
        });
        while (true) {
            complementWhereSumsFallShort();
            Optional<String> exposed = new LinearDisclosure(table, hidden).firstDetermined();
            if (exposed.isEmpty() || !hideBeside(exposed.get())) {
                return Set.copyOf(hidden);
            }
        }
    }

    /** Goes over the sums until each protects what it hides. */
    private void complementWhereSumsFallShort() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (SmallCells.Relation relation : table.relations) {
                if (fallsShort(relation)) {
                    changed |= complement(relation);
                }
            }
        }
    }

    /**
     * A sum falls short when exactly one of its hidden members is not zero (the reader gets it by
     * subtraction) and that member is small, or shown elsewhere as hidden (a complement must stay unknown).
     */
    private boolean fallsShort(SmallCells.Relation relation) {
        List<String> nonZeroHidden = relation.members().stream()
                .filter(hidden::contains).filter(key -> table.value(key) != 0).toList();
        if (nonZeroHidden.size() != 1) {
            return false;
        }
        String only = nonZeroHidden.get(0);
        return SmallCells.small(table.value(only)) || !table.unpublished.contains(only);
    }

    /** Hides the smallest non-zero shown part, else the total; false when nothing is left to hide. */
    private boolean complement(SmallCells.Relation relation) {
        Optional<String> part = relation.parts().stream()
                .filter(key -> !hidden.contains(key) && table.value(key) != 0)
                .min(smallestFirst());
        if (part.isPresent()) {
            return hidden.add(part.get());
        }
        return table.value(relation.total()) != 0 && hidden.add(relation.total());
    }

    /**
     * A small count the sums pin down together: hides the smallest shown non-zero member of the sums it
     * is in or of the sums next to them (joined by a hidden cell), since the subtraction may run
     * through either; further along the hidden cells only when nothing nearer is left to hide.
     */
    private boolean hideBeside(String exposed) {
        Set<String> seen = new HashSet<>(List.of(exposed));
        List<String> level = List.of(exposed);
        List<String> candidates = new ArrayList<>();
        for (int depth = 0; !level.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String key : level) {
                for (SmallCells.Relation relation : relationsOf.getOrDefault(key, List.of())) {
                    for (String member : relation.members()) {
                        if (!hidden.contains(member) && table.value(member) != 0) {
                            candidates.add(member);
                        } else if (hidden.contains(member) && seen.add(member)) {
                            next.add(member);
                        }
                    }
                }
            }
            if (depth >= 1 && !candidates.isEmpty()) {
                break;
            }
            level = next;
        }
        return candidates.stream().min(smallestFirst()).map(hidden::add).orElse(false);
    }

    private Comparator<String> smallestFirst() {
        return Comparator.comparingLong(table::value).thenComparingInt(order::get);
    }
}
