package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.organizations.Place;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code people} persons the report counts as trained who share every fact it reads: where they work,
 * their profile facts, when they last completed a course (as {@link SinceDays} tells it) and, per calendar
 * year, how many courses, hours and ECTS credits they completed. Counted once with their number, not once
 * each: a report reads thousands of people but only as many of these as there are distinct facts. Names
 * never reach it.
 *
 * @param lastDay the latest day a community became frontline or de-occupied on or before the person's last
 *                completion ({@link SinceDays#NONE} when none): all a report compares that completion with
 */
record Trainee(Place place, @Nullable String position, @Nullable Integer experience, LocalDate lastDay,
               SortedMap<Integer, Volume> years, int people) {

    /** What one person completed in one year. */
    record Volume(int completions, BigDecimal hours, BigDecimal ects) {
    }

    /** One person's hours over the years read. */
    BigDecimal hours() {
        return years.values().stream().map(Volume::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One person's ECTS credits over the years read. */
    BigDecimal ects() {
        return years.values().stream().map(Volume::ects).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A community counts as frontline (de-occupied) for the completions on or after the day it became so. */
    boolean trainedSince(@Nullable LocalDate since) {
        return since != null && !lastDay.isBefore(since);
    }

    /** How many people of these pass the test. */
    static long people(Collection<Trainee> trainees, Predicate<Trainee> test) {
        long people = 0;
        for (Trainee trainee : trainees) {
            if (test.test(trainee)) {
                people += trainee.people();
            }
        }
        return people;
    }

    static long people(Collection<Trainee> trainees) {
        return people(trainees, trainee -> true);
    }

    /**
     * The query's rows per person and year, joined per person and then people with the same facts
     * together; people of organisations no place knows are left out.
     */
    static List<Trainee> of(Collection<PersonYear> rows, Map<UUID, Place> places) {
        Map<UUID, List<PersonYear>> byPerson = new LinkedHashMap<>();
        rows.forEach(row -> byPerson.computeIfAbsent(row.userId(), id -> new ArrayList<>()).add(row));
        SinceDays since = SinceDays.of(places.values());
        Map<Facts, Integer> people = new LinkedHashMap<>();
        byPerson.values().forEach(years -> {
            PersonYear first = years.get(0);
            if (places.containsKey(first.organizationId())) {
                SortedMap<Integer, Volume> volumes = new TreeMap<>();
                LocalDate last = KyivTime.day(first.lastCompletedAt());
                for (PersonYear year : years) {
                    volumes.put(year.year(), new Volume(year.completions(), year.hours(), year.ects()));
                    LocalDate day = KyivTime.day(year.lastCompletedAt());
                    last = day.isAfter(last) ? day : last;
                }
                people.merge(new Facts(first.organizationId(), first.position(), first.experience(), since.reached(last), volumes),
                        1, Integer::sum);
            }
        });
        List<Trainee> trainees = new ArrayList<>();
        people.forEach((facts, count) -> trainees.add(new Trainee(places.get(facts.organizationId()), facts.position(),
                facts.experience(), facts.lastDay(), facts.years(), count)));
        return trainees;
    }

    /** What makes two people count alike. */
    private record Facts(UUID organizationId, @Nullable String position, @Nullable Integer experience, LocalDate lastDay,
                         SortedMap<Integer, Volume> years) {
    }
}
