package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface EnrollmentRepository extends CrudRepository<EnrollmentRow, UUID> {

    Optional<EnrollmentRow> findByCourseIdAndUserId(UUID courseId, UUID userId);

    boolean existsByCourseIdAndUserIdAndStatusNotEqual(UUID courseId, UUID userId, EnrollmentStatus status);

    List<EnrollmentRow> findByUserIdOrderByEnrolledAtDesc(UUID userId);

    Page<EnrollmentRow> findByCourseId(UUID courseId, Pageable pageable);

    List<EnrollmentRow> findByCohortId(UUID cohortId);

    List<EnrollmentRow> findByIdIn(java.util.Collection<UUID> ids);

    List<EnrollmentRow> findByCourseIdOrderByEnrolledAt(UUID courseId);

    /** One grouped read for a list of courses (a count query per course was the N+1 of {@code /teach}). */
    @Query("SELECT course_id, COUNT(*) AS enrollments FROM enrollments WHERE course_id IN (:courseIds) GROUP BY course_id")
    List<EnrollmentCount> countByCourses(java.util.Collection<UUID> courseIds);

    List<EnrollmentRow> findByCourseIdAndCohortIdOrderByEnrolledAt(UUID courseId, UUID cohortId);

    /** Sets (or clears, with null) the enrollment's own due date. */
    void updateDueAt(@Id UUID id, @Nullable Instant dueAt);

    /** Locks the enrollment: progress and completion of one enrollment happen one at a time. */
    @Query("SELECT * FROM enrollments WHERE id = :id FOR UPDATE")
    Optional<EnrollmentRow> findByIdForUpdate(UUID id);

    /** Enrolls unless already enrolled: two clicks at once make one row. */
    @Query("""
            INSERT INTO enrollments (id, course_id, user_id, status, enrolled_at, due_at, cohort_id, enrolled_by)
            VALUES (:id, :courseId, :userId, 'ACTIVE', :now, :dueAt, :cohortId, :enrolledBy) ON CONFLICT DO NOTHING""")
    void insertIfAbsent(UUID id, UUID courseId, UUID userId, Instant now, @Nullable Instant dueAt, @Nullable UUID cohortId,
                        @Nullable UUID enrolledBy);
}
