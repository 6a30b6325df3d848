package ua.fakh.courses.calendar.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.courses.calendar.Upcoming;
import ua.fakh.courses.calendar.UpcomingEntry;
import ua.fakh.courses.calendar.UpcomingEntry.Kind;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class UpcomingService implements Upcoming {
    private static final Comparator<UpcomingEntry> EARLIEST_FIRST = Comparator.comparing(UpcomingEntry::startsAt)
            .thenComparing(UpcomingEntry::kind).thenComparing(UpcomingEntry::id);

    private final ScheduleQueries queries;
    private final PublishedCourses courses;

    UpcomingService(ScheduleQueries queries, PublishedCourses courses) {
        this.queries = queries;
        this.courses = courses;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UpcomingEntry> forLearner(UUID userId, Instant from, Instant until) {
        Map<UUID, Optional<PublishedCourses.Course>> known = new HashMap<>();
        List<UpcomingEntry> entries = new ArrayList<>();
        for (ScheduleRows.SessionAt s : queries.sessionsOfLearner(userId, from, until)) {
            course(s.courseId(), known).ifPresent(c -> entries.add(session(s, c, "/courses/" + c.id())));
        }
        for (ScheduleRows.DueAt d : queries.dueOfLearner(userId, from, until)) {
            course(d.courseId(), known).ifPresent(c -> entries.add(new UpcomingEntry(Kind.DUE, d.enrollmentId(), c.id(), c.title(),
                    c.titleEn(), c.title(), c.titleEn(), d.dueAt(), null, null, null, d.cohortName(), "/courses/" + c.id())));
        }
        List<PublishedCourses.Course> enrolled = queries.membershipsOf(userId).stream()
                .flatMap(m -> course(m.courseId(), known).stream()).toList();
        List<UUID> quizIds = enrolled.stream().flatMap(c -> c.quizCloses().stream()).map(PublishedCourses.QuizClose::lessonId).toList();
        Set<UUID> done = quizIds.isEmpty() ? Set.of() : queries.submittedBy(userId, quizIds).stream()
                .map(ScheduleRows.Submitted::lessonId).collect(Collectors.toSet());
        for (PublishedCourses.Course c : enrolled) {
            c.quizCloses().stream().filter(q -> !done.contains(q.lessonId()) && within(q.closesAt(), from, until))
                    .forEach(q -> entries.add(quiz(c, q, "/courses/" + c.id() + "/lessons/" + q.lessonId())));
        }
        entries.sort(EARLIEST_FIRST);
        return entries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UpcomingEntry> forCourse(UUID courseId, Instant from, Instant until) {
        Optional<PublishedCourses.Course> published = courses.of(courseId);
        if (published.isEmpty()) {
            return List.of();
        }
        PublishedCourses.Course c = published.get();
        String teach = "/teach/courses/" + courseId;
        List<UpcomingEntry> entries = new ArrayList<>();
        queries.sessionsOfCourse(courseId, from, until)
                .forEach(s -> entries.add(session(s, c, teach + "/cohorts/" + s.cohortId())));
        queries.dueOfCohorts(courseId, from, until).forEach(d -> entries.add(new UpcomingEntry(Kind.DUE, d.cohortId(), courseId,
                c.title(), c.titleEn(), c.title(), c.titleEn(), d.dueAt(), null, null, null, d.cohortName(),
                teach + "/cohorts/" + d.cohortId())));
        c.quizCloses().stream().filter(q -> within(q.closesAt(), from, until))
                .forEach(q -> entries.add(quiz(c, q, teach + "/lessons/" + q.lessonId())));
        entries.sort(EARLIEST_FIRST);
        return entries;
    }

    private Optional<PublishedCourses.Course> course(UUID id, Map<UUID, Optional<PublishedCourses.Course>> known) {
        return known.computeIfAbsent(id, courses::of);
    }

    static UpcomingEntry session(ScheduleRows.SessionAt s, PublishedCourses.Course c, String path) {
        return new UpcomingEntry(Kind.SESSION, s.id(), c.id(), c.title(), c.titleEn(), s.title(), null, s.startsAt(),
                endOf(s.startsAt(), s.hours()), s.place(), s.onlineLink(), s.cohortName(), path);
    }

    private static UpcomingEntry quiz(PublishedCourses.Course c, PublishedCourses.QuizClose q, String path) {
        return new UpcomingEntry(Kind.QUIZ_CLOSES, q.lessonId(), c.id(), c.title(), c.titleEn(), q.title(), q.titleEn(),
                q.closesAt(), null, null, null, null, path);
    }

    /** A session lasts its academic hours counted as clock hours: the trainer states the hours, not an end. */
    static Instant endOf(Instant start, BigDecimal hours) {
        return start.plus(Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).longValue()));
    }

    private static boolean within(Instant at, Instant from, Instant until) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
