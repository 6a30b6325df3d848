package ua.fakh.courses.analytics.internal;

import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.analytics.SmallCells;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The gain report's tables in the reader's language: one row per course, then per course one row per
 * group of each {@link Dimension}, named groups by name and "not set" last. A hidden count hides every
 * number of its row: a mean of three people would tell about them as much as their count.
 */
final class GainTables {
    private static final List<String> STATISTICS = List.of("n", "meanPre", "meanPost", "medianPre", "medianPost", "meanGain",
            "gainOfMeans", "meanOfGains");

    private final GainLabels labels;
    private final Comparator<String> byName;

    GainTables(GainLabels labels) {
        this.labels = labels;
        Collator collator = Collator.getInstance(labels.english() ? Locale.ENGLISH : Locale.forLanguageTag("uk"));
        this.byName = collator::compare;
    }

    /** {@code byCourse}: the people counted, by course, in the order the courses are to be listed. */
    List<ReportTable> of(Map<UUID, List<Counted>> byCourse) {
        Set<String> hidden = GainCells.hidden(byCourse, labels);
        List<ReportTable> tables = new ArrayList<>();
        List<List<Object>> courses = new ArrayList<>();
        byCourse.forEach((course, people) -> courses.add(row(List.of(title(people)), people, hidden.contains(GainCells.course(course)))));
        tables.add(table("gain-courses", "gain.table.courses", List.of("gain.column.course"), courses));
        for (Dimension dimension : Dimension.values()) {
            List<List<Object>> rows = new ArrayList<>();
            byCourse.forEach((course, people) -> groups(dimension, people).forEach((group, members) -> rows.add(row(
                    List.of(title(people), group.label()), members, hidden.contains(GainCells.row(course, dimension, group.key()))))));
            tables.add(table("gain-" + dimension.id, "gain.table." + dimension.stem,
                    List.of("gain.column.course", "gain.column." + dimension.stem), rows));
        }
        return tables;
    }

    private Map<GainGroup, List<Counted>> groups(Dimension dimension, List<Counted> people) {
        Map<String, GainGroup> byKey = new LinkedHashMap<>();
        Map<String, List<Counted>> members = new LinkedHashMap<>();
        for (Counted c : people) {
            GainGroup group = dimension.groupOf(c, labels);
            byKey.putIfAbsent(group.key(), group);
            members.computeIfAbsent(group.key(), k -> new ArrayList<>()).add(c);
        }
        Map<GainGroup, List<Counted>> sorted = new LinkedHashMap<>();
        byKey.values().stream().sorted(Comparator.comparing(GainGroup::none).thenComparing(GainGroup::label, byName)
                        .thenComparing(GainGroup::key))
                .forEach(group -> sorted.put(group, members.get(group.key())));
        return sorted;
    }

    private String title(List<Counted> people) {
        return people.get(0).learner().courseTitle(labels.english());
    }

    private static List<Object> row(List<Object> names, List<Counted> people, boolean hidden) {
        List<Object> row = new ArrayList<>(names);
        if (hidden) {
            STATISTICS.forEach(s -> row.add(SmallCells.HIDDEN));
            return row;
        }
        GainStats stats = GainStats.of(people.stream().map(Counted::scores).toList());
        row.add(stats.n());
        row.add(stats.meanPre());
        row.add(stats.meanPost());
        row.add(stats.medianPre());
        row.add(stats.medianPost());
        row.add(stats.meanGain());
        row.add(stats.gainOfMeans());
        row.add(stats.meanOfGains());
        return row;
    }

    private ReportTable table(String id, String title, List<String> nameHeaders, List<List<Object>> rows) {
        List<String> headers = new ArrayList<>();
        nameHeaders.forEach(key -> headers.add(labels.text(key)));
        STATISTICS.forEach(s -> headers.add(labels.text("gain.column." + s)));
        return new ReportTable(id, labels.text(title), headers, rows,
                List.of(labels.text("gain.note.counted"), labels.text("gain.note.normalised"), labels.text("gain.note.hidden")));
    }
}
