package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.organizations.Place;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A person the report counts as trained: where they work, their profile facts, and per calendar year
 * how many courses, hours and ECTS credits they completed.
 */
record Trainee(UUID userId, Place place, @Nullable String position, @Nullable Integer experience,
               Instant lastCompletedAt, SortedMap<Integer, Volume> years) {

    /** What one person completed in one year. */
    record Volume(int completions, BigDecimal hours, BigDecimal ects) {
    }

    /** A community counts as frontline (de-occupied) for the completions on or after the day it became so. */
    boolean trainedSince(@Nullable LocalDate since) {
        return since != null && !KyivTime.day(lastCompletedAt).isBefore(since);
    }

    BigDecimal hours() {
        return years.values().stream().map(Volume::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal ects() {
        return years.values().stream().map(Volume::ects).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    int completions() {
        return years.values().stream().mapToInt(Volume::completions).sum();
    }

    /** The query's rows per person and year, joined per person; people of organisations no place knows are left out. */
    static List<Trainee> of(Collection<PersonYear> rows, Map<UUID, Place> places) {
        Map<UUID, List<PersonYear>> byPerson = new LinkedHashMap<>();
        rows.forEach(row -> byPerson.computeIfAbsent(row.userId(), id -> new ArrayList<>()).add(row));
        List<Trainee> trainees = new ArrayList<>();
        byPerson.forEach((userId, years) -> {
            PersonYear first = years.get(0);
            Place place = places.get(first.organizationId());
            if (place == null) {
                return;
            }
            SortedMap<Integer, Volume> volumes = new TreeMap<>();
            Instant last = first.lastCompletedAt();
            for (PersonYear year : years) {
                volumes.put(year.year(), new Volume(year.completions(), year.hours(), year.ects()));
                last = year.lastCompletedAt().isAfter(last) ? year.lastCompletedAt() : last;
            }
            trainees.add(new Trainee(userId, place, first.position(), first.experience(), last, volumes));
        });
        return trainees;
    }
}
