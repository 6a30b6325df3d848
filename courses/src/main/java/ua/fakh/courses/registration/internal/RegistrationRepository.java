package ua.fakh.courses.registration.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RegistrationRepository extends CrudRepository<RegistrationRow, UUID> {

    /** Locks the cohort's registration: every change to its seats and waiting list happens one at a time. */
    @Query("SELECT * FROM cohort_registrations WHERE cohort_id = :cohortId FOR UPDATE")
    Optional<RegistrationRow> findForUpdate(UUID cohortId);

    /** Opens registration unless a concurrent request just did (then the caller locks and updates that row). */
    @Query("""
            INSERT INTO cohort_registrations (cohort_id, capacity, closes_at, accepting, next_position, updated_by, updated_at)
            VALUES (:cohortId, :capacity, :closesAt, :accepting, 1, :by, :now) ON CONFLICT DO NOTHING""")
    void insertIfAbsent(UUID cohortId, int capacity, Instant closesAt, boolean accepting, @Nullable UUID by, Instant now);

    void updateNextPosition(@Id UUID cohortId, long nextPosition);

    /** The cohorts with registration where the person holds an active seat, in a fixed order (locks are taken in it). */
    @Query("""
            SELECT r.cohort_id FROM cohort_registrations r JOIN enrollments e ON e.cohort_id = r.cohort_id
            WHERE e.user_id = :userId AND e.status = 'ACTIVE' ORDER BY r.cohort_id""")
    List<UUID> findSeatedCohorts(UUID userId);
}
