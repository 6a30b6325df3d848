package ua.fakh.courses.attendance.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What is known about a session's meeting, read in one place: the session, its members, joins, codes, reports. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MeetingLog extends GenericRepository<JoinRow, UUID> {

    @Introspected
    record Session(UUID id, UUID cohortId, UUID courseId, String title, Instant startsAt, BigDecimal hours, String mode) {
    }

    @Introspected
    record Member(UUID id, UUID userId, String status) {
    }

    @Introspected
    record Stretch(UUID userId, Instant joinedAt, Instant leftAt) {
    }

    @Introspected
    record Code(UUID id, Instant opensAt) {
    }

    @Introspected
    record Checkin(UUID userId, UUID codeId) {
    }

    @Introspected
    record Companion(UUID userId, UUID hostUserId) {
    }

    @Query("""
            SELECT s.id AS id, s.cohort_id AS cohort_id, c.course_id AS course_id, s.title AS title, s.starts_at AS starts_at,
                   s.hours AS hours, s.mode AS mode
            FROM cohort_sessions s JOIN cohorts c ON c.id = s.cohort_id WHERE s.id = :sessionId""")
    Optional<Session> session(UUID sessionId);

    /** Locks the session row: one measurement of a session at a time (a report and a trainer's request together). */
    @Query("SELECT id FROM cohort_sessions WHERE id = :sessionId FOR UPDATE")
    Optional<UUID> lockSession(UUID sessionId);

    @Query("SELECT id, user_id, status FROM enrollments WHERE cohort_id = :cohortId AND status <> 'WITHDRAWN'")
    List<Member> members(UUID cohortId);

    List<JoinRow> findBySessionIdOrderByJoinedAt(UUID sessionId);

    @Query("SELECT COUNT(*) FROM meeting_reports WHERE session_id = :sessionId")
    long reports(UUID sessionId);

    @Query("SELECT user_id, joined_at, left_at FROM meeting_stretches WHERE session_id = :sessionId AND user_id IS NOT NULL")
    List<Stretch> stretches(UUID sessionId);

    @Query("SELECT id, opens_at FROM meeting_checkin_codes WHERE session_id = :sessionId")
    List<Code> codes(UUID sessionId);

    @Query("SELECT user_id, code_id FROM meeting_checkins WHERE session_id = :sessionId")
    List<Checkin> checkins(UUID sessionId);

    @Query("SELECT user_id, host_user_id FROM meeting_companions WHERE session_id = :sessionId")
    List<Companion> companions(UUID sessionId);

    /** The session's length in minutes ({@code hours × 60}), for a row without its session at hand. */
    static int minutesOf(@Nullable BigDecimal hours) {
        return hours == null ? 0 : hours.multiply(BigDecimal.valueOf(60)).intValue();
    }
}
