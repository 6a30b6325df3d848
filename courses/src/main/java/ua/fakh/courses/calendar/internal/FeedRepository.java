package ua.fakh.courses.calendar.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FeedRepository extends CrudRepository<FeedRow, UUID> {

    Optional<FeedRow> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    Optional<FeedRow> findFirstByUserIdAndCourseIdIsNullAndRevokedAtIsNullOrderByCreatedAtDesc(UUID userId);

    Optional<FeedRow> findFirstByUserIdAndCourseIdAndRevokedAtIsNullOrderByCreatedAtDesc(UUID userId, UUID courseId);

    @Query("UPDATE calendar_feeds SET revoked_at = :now WHERE user_id = :userId AND course_id IS NULL AND revoked_at IS NULL")
    void revokePersonal(UUID userId, Instant now);

    @Query("UPDATE calendar_feeds SET revoked_at = :now WHERE user_id = :userId AND course_id = :courseId AND revoked_at IS NULL")
    void revokeCourse(UUID userId, UUID courseId, Instant now);
}
