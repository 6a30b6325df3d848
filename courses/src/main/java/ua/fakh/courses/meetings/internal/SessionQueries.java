package ua.fakh.courses.meetings.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The session tables read from this side: by primary key, and membership through enrollments' (course, user) key. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionQueries extends GenericRepository<JoinRow, UUID> {

    @Query("""
            SELECT s.id, s.cohort_id, c.course_id, s.title, s.starts_at, s.hours, s.mode, s.meeting_provider, s.meeting_room,
                   CASE WHEN EXISTS (SELECT 1 FROM enrollments e WHERE e.course_id = c.course_id AND e.user_id = :userId
                                     AND e.cohort_id = s.cohort_id AND e.status <> 'WITHDRAWN') THEN TRUE ELSE FALSE END AS member,
                   (SELECT u.full_name FROM users u WHERE u.id = :userId) AS user_name
            FROM cohort_sessions s JOIN cohorts c ON c.id = s.cohort_id
            WHERE s.id = :sessionId""")
    Optional<SessionAccess> find(UUID sessionId, UUID userId);

    /** Which of these people are members of the cohort (not withdrawn). */
    @Query("""
            SELECT e.user_id FROM enrollments e
            WHERE e.course_id = :courseId AND e.cohort_id = :cohortId AND e.status <> 'WITHDRAWN' AND e.user_id IN (:userIds)""")
    List<UUID> membersAmong(UUID courseId, UUID cohortId, Collection<UUID> userIds);
}
