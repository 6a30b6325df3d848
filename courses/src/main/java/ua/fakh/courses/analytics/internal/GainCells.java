package ua.fakh.courses.analytics.internal;

import ua.fakh.core.analytics.SmallCells;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which rows of a gain report to hide: every count the report shows goes into one
 * {@link SmallCells.Table}, tied by the sums a reader could use: a course's people are the sum of its rows
 * in each table, an oblast's the sum of its districts', a district's of its hromadas', a hromada's of its
 * institutions', a kind's of its places'. Where people of one row fall under several rows above it (those
 * with no district, say), the shares are sums the reader never sees, protected all the same.
 */
final class GainCells {
    private static final List<List<Dimension>> NESTED = List.of(
            List.of(Dimension.OBLAST, Dimension.DISTRICT), List.of(Dimension.DISTRICT, Dimension.HROMADA),
            List.of(Dimension.HROMADA, Dimension.INSTITUTION), List.of(Dimension.HROMADA_KIND, Dimension.HROMADA),
            List.of(Dimension.INSTITUTION_KIND, Dimension.INSTITUTION));

    private final SmallCells.Table table = new SmallCells.Table();

    private GainCells() {
    }

    /** The keys ({@link #course}, {@link #row}) of the counts to show as {@link SmallCells#HIDDEN}. */
    static Set<String> hidden(Map<UUID, List<Counted>> byCourse, GainLabels labels) {
        GainCells cells = new GainCells();
        byCourse.forEach((course, people) -> cells.add(course, people, labels));
        return cells.table.hidden();
    }

    static String course(UUID courseId) {
        return "c/" + courseId;
    }

    static String row(UUID courseId, Dimension dimension, String group) {
        return course(courseId) + "/" + dimension.id + "/" + group;
    }

    private void add(UUID course, List<Counted> people, GainLabels labels) {
        table.count(course(course), people.size());
        for (Dimension dimension : Dimension.values()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            people.forEach(c -> counts.merge(dimension.groupOf(c, labels).key(), 1L, Long::sum));
            counts.forEach((group, n) -> table.count(row(course, dimension, group), n));
            table.relation(course(course), counts.keySet().stream().map(g -> row(course, dimension, g)).toList());
        }
        for (List<Dimension> pair : NESTED) {
            nest(course, people, pair.get(0), pair.get(1), labels);
        }
    }

    private void nest(UUID course, List<Counted> people, Dimension parent, Dimension child, GainLabels labels) {
        Map<String, Map<String, Long>> parentsOfChild = new LinkedHashMap<>();
        for (Counted c : people) {
            parentsOfChild.computeIfAbsent(child.groupOf(c, labels).key(), k -> new LinkedHashMap<>())
                    .merge(parent.groupOf(c, labels).key(), 1L, Long::sum);
        }
        Map<String, List<String>> partsOfParent = new LinkedHashMap<>();
        parentsOfChild.forEach((childGroup, parents) -> {
            String childRow = row(course, child, childGroup);
            if (parents.size() == 1) {
                partsOfParent.computeIfAbsent(parents.keySet().iterator().next(), k -> new ArrayList<>()).add(childRow);
                return;
            }
            List<String> shares = new ArrayList<>();
            parents.forEach((parentGroup, n) -> {
                String share = row(course, parent, parentGroup) + "/" + child.id + "/" + childGroup;
                table.unpublished(share, n);
                shares.add(share);
                partsOfParent.computeIfAbsent(parentGroup, k -> new ArrayList<>()).add(share);
            });
            table.relation(childRow, shares);
        });
        partsOfParent.forEach((parentGroup, parts) -> table.relation(row(course, parent, parentGroup), parts));
    }
}
