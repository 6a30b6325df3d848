package ua.fakh.courses.assessment.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AttemptStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AttemptRepository extends CrudRepository<AttemptRow, UUID> {

    /** Autosave, submit and the deadline sweep of one attempt take turns on this lock. */
    @Query("SELECT * FROM attempts WHERE id = :id FOR UPDATE")
    Optional<AttemptRow> findByIdForUpdate(UUID id);

    /** The attempt, locked as above, for a change only its learner may make (an answer, the submission). */
    default AttemptRow lockOwned(UUID id, Caller learner) {
        AttemptRow attempt = findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("problem.quiz.noSuchAttempt"));
        if (!attempt.userId().equals(learner.userId())) {
            throw new ForbiddenException("problem.quiz.notYours");
        }
        return attempt;
    }

    List<AttemptRow> findByLessonIdAndUserIdOrderByNumber(UUID lessonId, UUID userId);

    List<AttemptRow> findByEnrollmentId(UUID enrollmentId);

    List<AttemptRow> findByEnrollmentIdIn(Collection<UUID> enrollmentIds);

    /** The attempts of many enrolments at the quizzes of some roles (territory reports read pre- and post-tests only). */
    List<AttemptRow> findByEnrollmentIdInAndRoleIn(Collection<UUID> enrollmentIds, Collection<String> roles);

    List<AttemptRow> findByCourseIdAndStatusOrderBySubmittedAt(UUID courseId, AttemptStatus status);

    /** Every attempt waiting for a trainer's grade, oldest first (the trainers' daily digest). */
    List<AttemptRow> findByStatusOrderBySubmittedAt(AttemptStatus status);

    /** The course's trainers who still hold the TRAINER role on an active account. */
    @Query("""
            SELECT t.user_id FROM course_trainers t
              JOIN users u ON u.id = t.user_id AND u.status = 'ACTIVE'
              JOIN user_roles r ON r.user_id = t.user_id AND r.role = 'TRAINER'
            WHERE t.course_id = :courseId ORDER BY t.user_id""")
    List<UUID> activeTrainersOf(UUID courseId);

    /** Online attempts past {@code before}; offline ones only past {@code offlineBefore}, their replays having had time to arrive. */
    @Query("""
            SELECT id FROM attempts WHERE status = 'IN_PROGRESS' AND deadline IS NOT NULL
              AND ((offline = FALSE AND deadline < :before) OR (offline = TRUE AND deadline < :offlineBefore))
            ORDER BY deadline LIMIT 200""")
    List<UUID> overdue(Instant before, Instant offlineBefore);

    /** Attempts of a course whose frozen question list holds {@code pattern} (a question family's id, with {@code %} around). */
    @Query("SELECT COUNT(*) FROM attempts WHERE course_id = :courseId AND questions LIKE :pattern")
    long countHolding(UUID courseId, String pattern);
}
