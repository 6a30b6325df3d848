package ua.fakh.courses.enrollment.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgressRepository extends CrudRepository<ProgressRow, UUID> {

    List<ProgressRow> findByEnrollmentId(UUID enrollmentId);

    List<ProgressRow> findByEnrollmentIdIn(Collection<UUID> enrollmentIds);

    @Query("INSERT INTO lesson_progress (id, enrollment_id, lesson_id, done_at) VALUES (:id, :enrollmentId, :lessonId, :now) ON CONFLICT DO NOTHING")
    void markDone(UUID id, UUID enrollmentId, UUID lessonId, Instant now);
}
