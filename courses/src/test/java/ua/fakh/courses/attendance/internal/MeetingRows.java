package ua.fakh.courses.attendance.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * The tests' way to put down what the meetings package and a provider's callback would have recorded
 * (joins, codes, check-ins, companions, a report with its stretches), without going through them.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Transactional
interface MeetingRows extends GenericRepository<JoinRow, UUID> {

    @Query("UPDATE cohort_sessions SET mode = :mode WHERE id = :sessionId")
    void mode(UUID sessionId, String mode);

    @Query("INSERT INTO meeting_joins (id, session_id, user_id, joined_at, moderator) VALUES (:id, :sessionId, :userId, :joinedAt, FALSE)")
    void join(UUID id, UUID sessionId, UUID userId, Instant joinedAt);

    @Query("""
            INSERT INTO meeting_checkin_codes (id, session_id, code, opens_at, closes_at, created_by)
            VALUES (:id, :sessionId, :code, :opensAt, :closesAt, :createdBy)""")
    void code(UUID id, UUID sessionId, String code, Instant opensAt, Instant closesAt, UUID createdBy);

    @Query("INSERT INTO meeting_checkins (id, code_id, session_id, user_id, checked_at) VALUES (:id, :codeId, :sessionId, :userId, :checkedAt)")
    void checkin(UUID id, UUID codeId, UUID sessionId, UUID userId, Instant checkedAt);

    @Query("""
            INSERT INTO meeting_companions (id, session_id, host_user_id, user_id, confirmed_by, confirmed_at)
            VALUES (:id, :sessionId, :hostUserId, :userId, :confirmedBy, :confirmedAt)""")
    void companion(UUID id, UUID sessionId, UUID hostUserId, UUID userId, UUID confirmedBy, Instant confirmedAt);

    @Query("""
            INSERT INTO meeting_reports (id, session_id, provider, report_key, received_at)
            VALUES (:id, :sessionId, 'meeting_bigbluebutton', :reportKey, :receivedAt)""")
    void report(UUID id, UUID sessionId, String reportKey, Instant receivedAt);

    @Query("""
            INSERT INTO meeting_stretches (id, report_id, session_id, user_id, external_id, name, joined_at, left_at)
            VALUES (:id, :reportId, :sessionId, :userId, :externalId, :name, :joinedAt, :leftAt)""")
    void stretch(UUID id, UUID reportId, UUID sessionId, UUID userId, String externalId, String name, Instant joinedAt, Instant leftAt);
}
