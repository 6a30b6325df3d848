package ua.fakh.courses.calendar.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The dated facts of the enrollment and assessment tables, read together. Every query keeps to active
 * enrollments of published courses: a withdrawn or completed person, or a course taken back, has
 * nothing ahead here.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScheduleQueries extends GenericRepository<FeedRow, UUID> {

    @Query("""
            SELECT s.id, c.course_id, c.id AS cohort_id, c.name AS cohort_name, s.title, s.starts_at, s.hours, s.place, s.mode, e.user_id
            FROM cohort_sessions s
            JOIN cohorts c ON c.id = s.cohort_id
            JOIN enrollments e ON e.cohort_id = c.id AND e.course_id = c.course_id
            JOIN courses co ON co.id = c.course_id
            WHERE e.user_id = :userId AND e.status = 'ACTIVE' AND co.status = 'PUBLISHED'
              AND s.starts_at >= :from AND s.starts_at < :until
            ORDER BY s.starts_at""")
    List<ScheduleRows.SessionAt> sessionsOfLearner(UUID userId, Instant from, Instant until);

    @Query("""
            SELECT s.id, c.course_id, c.id AS cohort_id, c.name AS cohort_name, s.title, s.starts_at, s.hours, s.place, s.mode,
                   CAST(NULL AS UUID) AS user_id
            FROM cohort_sessions s
            JOIN cohorts c ON c.id = s.cohort_id
            WHERE c.course_id = :courseId AND s.starts_at >= :from AND s.starts_at < :until
            ORDER BY s.starts_at""")
    List<ScheduleRows.SessionAt> sessionsOfCourse(UUID courseId, Instant from, Instant until);

    /** Every member of a published course's cohort whose session starts in the window: the reminders' list. */
    @Query("""
            SELECT s.id, c.course_id, c.id AS cohort_id, c.name AS cohort_name, s.title, s.starts_at, s.hours, s.place, s.mode, e.user_id
            FROM cohort_sessions s
            JOIN cohorts c ON c.id = s.cohort_id
            JOIN enrollments e ON e.cohort_id = c.id AND e.course_id = c.course_id
            JOIN courses co ON co.id = c.course_id
            WHERE e.status = 'ACTIVE' AND co.status = 'PUBLISHED' AND s.starts_at >= :from AND s.starts_at < :until
            ORDER BY s.starts_at""")
    List<ScheduleRows.SessionAt> sessionsStarting(Instant from, Instant until);

    @Query("""
            SELECT e.id AS enrollment_id, e.course_id, e.user_id, COALESCE(e.due_at, c.due_at) AS due_at, c.name AS cohort_name
            FROM enrollments e
            LEFT JOIN cohorts c ON c.id = e.cohort_id
            JOIN courses co ON co.id = e.course_id
            WHERE e.user_id = :userId AND e.status = 'ACTIVE' AND co.status = 'PUBLISHED'
              AND COALESCE(e.due_at, c.due_at) >= :from AND COALESCE(e.due_at, c.due_at) < :until
            ORDER BY due_at""")
    List<ScheduleRows.DueAt> dueOfLearner(UUID userId, Instant from, Instant until);

    /** Active enrollments of published courses whose effective due date falls in the window: the reminders' list. */
    @Query("""
            SELECT e.id AS enrollment_id, e.course_id, e.user_id, COALESCE(e.due_at, c.due_at) AS due_at, c.name AS cohort_name
            FROM enrollments e
            LEFT JOIN cohorts c ON c.id = e.cohort_id
            JOIN courses co ON co.id = e.course_id
            WHERE e.status = 'ACTIVE' AND co.status = 'PUBLISHED'
              AND COALESCE(e.due_at, c.due_at) >= :from AND COALESCE(e.due_at, c.due_at) < :until
            ORDER BY due_at""")
    List<ScheduleRows.DueAt> dueBetween(Instant from, Instant until);

    @Query("""
            SELECT c.id AS cohort_id, c.course_id, c.name AS cohort_name, c.due_at
            FROM cohorts c
            WHERE c.course_id = :courseId AND c.due_at >= :from AND c.due_at < :until
            ORDER BY c.due_at""")
    List<ScheduleRows.CohortDue> dueOfCohorts(UUID courseId, Instant from, Instant until);

    @Query("""
            SELECT e.id AS enrollment_id, e.course_id, e.user_id
            FROM enrollments e JOIN courses co ON co.id = e.course_id
            WHERE e.user_id = :userId AND e.status = 'ACTIVE' AND co.status = 'PUBLISHED'""")
    List<ScheduleRows.Member> membershipsOf(UUID userId);

    /** Everyone actively enrolled in these courses (published ones only): whom a closing quiz may concern. */
    @Query("""
            SELECT e.id AS enrollment_id, e.course_id, e.user_id
            FROM enrollments e JOIN courses co ON co.id = e.course_id
            WHERE e.course_id IN (:courseIds) AND e.status = 'ACTIVE' AND co.status = 'PUBLISHED'""")
    List<ScheduleRows.Member> membersOf(Collection<UUID> courseIds);

    /** Published courses with at least one active enrollment: the only ones whose quizzes may need a reminder. */
    @Query("""
            SELECT co.id FROM courses co
            WHERE co.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM enrollments e WHERE e.course_id = co.id AND e.status = 'ACTIVE')""")
    List<UUID> coursesWithLearners();

    @Query("""
            SELECT DISTINCT a.lesson_id, a.user_id FROM attempts a
            WHERE a.lesson_id IN (:lessonIds) AND a.status IN ('SUBMITTED', 'GRADED')""")
    List<ScheduleRows.Submitted> submitted(Collection<UUID> lessonIds);

    @Query("""
            SELECT DISTINCT a.lesson_id, a.user_id FROM attempts a
            WHERE a.user_id = :userId AND a.lesson_id IN (:lessonIds) AND a.status IN ('SUBMITTED', 'GRADED')""")
    List<ScheduleRows.Submitted> submittedBy(UUID userId, Collection<UUID> lessonIds);
}
