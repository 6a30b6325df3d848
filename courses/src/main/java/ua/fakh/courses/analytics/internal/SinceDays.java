package ua.fakh.courses.analytics.internal;

import ua.fakh.core.organizations.Place;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The days from which communities count as frontline or de-occupied. A report asks of a person's last
 * completion only "on or after this day?" for one of them, so the latest of these days on or before the
 * completion answers every such question alike: people whose completions fall between the same two days
 * count as one.
 */
record SinceDays(List<LocalDate> ascending) {
    /** Before every day a community can be given: the completion precedes all of them. */
    static final LocalDate NONE = LocalDate.of(1900, 1, 1);

    static SinceDays of(Collection<Place> places) {
        return new SinceDays(places.stream().flatMap(p -> Stream.of(p.frontlineSince(), p.deoccupiedSince()))
                .filter(Objects::nonNull).distinct().sorted().toList());
    }

    /** The latest day on or before {@code completion}, or {@link #NONE}. */
    LocalDate reached(LocalDate completion) {
        LocalDate reached = NONE;
        for (LocalDate day : ascending) {
            if (day.isAfter(completion)) {
                break;
            }
            reached = day;
        }
        return reached;
    }

    /** The same as SQL over a date column: {@code CASE WHEN column >= DATE 'latest' THEN … ELSE DATE '1900-01-01' END}. */
    String sql(String column) {
        if (ascending.isEmpty()) {
            return "DATE '" + NONE + "'";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = ascending.size() - 1; i >= 0; i--) {
            // ISO dates from the database, never text a person typed: safe to write into the statement
            sql.append(" WHEN ").append(column).append(" >= DATE '").append(ascending.get(i)).append("' THEN DATE '")
                    .append(ascending.get(i)).append('\'');
        }
        return sql.append(" ELSE DATE '").append(NONE).append("' END").toString();
    }
}
