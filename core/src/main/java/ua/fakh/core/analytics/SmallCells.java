package ua.fakh.core.analytics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The privacy rule of territory reports, said once: a group of fewer than {@link #THRESHOLD} people
 * is shown as {@link #HIDDEN}, and enough other cells are hidden beside it that no hidden number can be
 * recovered by subtracting the shown ones from a total. Zero is shown: "nobody was trained here" names
 * nobody.
 *
 * <p>A report puts every count it shows into one {@link Table}, with the sums that tie them together
 * (a total is the sum of its parts: an oblast of its districts, a row of its cells, a column of its
 * rows), and asks which cells to hide. The same cell on two tables is one key, so the rule holds
 * across the whole report.
 */
public final class SmallCells {

    /** The smallest group shown as a number. */
    public static final int THRESHOLD = 5;

    /** What a reader sees instead of a small number, in every language, page and export. */
    public static final String HIDDEN = "<5";

    private SmallCells() {
    }

    /** 1 to 4: a group too small to show. */
    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** The cell as a reader sees it: the number, or {@link #HIDDEN}. */
    public static Object shown(long count, boolean hidden) {
        return hidden ? HIDDEN : count;
    }

    /**
     * Counts and the sums between them; {@link #hidden()} says which to hide. Not thread-safe: one
     * report builds one table.
     *
     * <p>Primary suppression hides every count of 1 to 4. Complementary suppression then goes over the
     * sums until each has no hidden member, or at least two hidden members of which more than one is
     * not zero (one small number beside hidden zeros is as good as shown): where a sum falls short the
     * smallest non-zero shown part is hidden too, or, when no part is left, the total (which then
     * needs protecting in the sums it is a part of). Last, the sums are solved together: a small count
     * that the sums still pin down (by subtracting across several of them) gets one more cell hidden
     * beside it, until none can be.
     */
    public static final class Table {
        final Map<String, Long> values = new LinkedHashMap<>();
        final Set<String> unpublished = new HashSet<>();
        final List<Relation> relations = new ArrayList<>();

        /** A count the reader sees (unless hidden); the same key given twice must carry the same count. */
        public Table count(String key, long value) {
            Long before = values.putIfAbsent(key, value);
            if (before != null && before != value) {
                throw new IllegalArgumentException("Cell " + key + " given as " + before + " and " + value);
            }
            return this;
        }

        /**
         * A count the reader never sees but that is part of a sum (the people of a hromada who are in
         * none of its institutions): always hidden, and protected like a shown one when small.
         */
        public Table unpublished(String key, long value) {
            count(key, value);
            unpublished.add(key);
            return this;
        }

        /** {@code total} is the sum of {@code parts}; every key must have been given a count. */
        public Table relation(String total, List<String> parts) {
            List<String> all = new ArrayList<>(parts);
            all.add(total);
            for (String key : all) {
                if (!values.containsKey(key)) {
                    throw new IllegalArgumentException("No count for " + key);
                }
            }
            relations.add(new Relation(total, List.copyOf(parts)));
            return this;
        }

        public long value(String key) {
            Long value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("No count for " + key);
            }
            return value;
        }

        /** The keys to hide: every published one shown as {@link #HIDDEN}, and the unpublished ones. */
        public Set<String> hidden() {
            return new Suppression(this).run();
        }
    }

    record Relation(String total, List<String> parts) {
        List<String> members() {
            List<String> all = new ArrayList<>(parts);
            all.add(total);
            return all;
        }
    }
}
