package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AnswerRepository extends CrudRepository<AnswerRow, UUID> {

    List<AnswerRow> findByAttemptId(UUID attemptId);

    List<AnswerRow> findByAttemptIdIn(Collection<UUID> attemptIds);

    Optional<AnswerRow> findByAttemptIdAndQuestionId(UUID attemptId, UUID questionId);

    /**
     * Stores the answer, or replaces the stored one only with a newer one (a late retry of an older save
     * changes nothing): one statement, so an autosave is one round trip. The caller holds the attempt's row
     * lock, so two saves of one question never race to insert (MERGE, unlike ON CONFLICT, would fail then).
     */
    @Query("""
            MERGE INTO attempt_answers a USING (SELECT 1 AS one) s
              ON a.attempt_id = :attemptId AND a.question_id = :questionId
            WHEN MATCHED AND a.seq < :seq THEN
              UPDATE SET response = :response, seq = :seq, saved_at = :savedAt, late = :late, device_saved_at = :deviceSavedAt
            WHEN NOT MATCHED THEN
              INSERT (id, attempt_id, question_id, response, seq, saved_at, late, device_saved_at)
              VALUES (:id, :attemptId, :questionId, :response, :seq, :savedAt, :late, :deviceSavedAt)""")
    int saveIfNewer(UUID id, UUID attemptId, UUID questionId, String response, long seq, Instant savedAt, boolean late,
                    @Nullable Instant deviceSavedAt);

    /**
     * {@link #saveIfNewer} in time, in one auto-commit statement that takes the attempt's row lock itself: nothing
     * happens unless the attempt is the learner's and still in progress, checked once the lock is held, so a
     * submission that got the lock first is seen. Two first saves of one question at once can still both miss the
     * stored answer, and one then fails on the unique key (MERGE does not wait for it as ON CONFLICT would).
     */
    @Query("""
            MERGE INTO attempt_answers a
            USING (SELECT id FROM attempts WHERE id = :attemptId AND user_id = :userId AND status = 'IN_PROGRESS' FOR UPDATE) s
              ON a.attempt_id = s.id AND a.question_id = :questionId
            WHEN MATCHED AND a.seq < :seq THEN
              UPDATE SET response = :response, seq = :seq, saved_at = :savedAt, late = FALSE, device_saved_at = :deviceSavedAt
            WHEN NOT MATCHED THEN
              INSERT (id, attempt_id, question_id, response, seq, saved_at, late, device_saved_at)
              VALUES (:id, s.id, :questionId, :response, :seq, :savedAt, FALSE, :deviceSavedAt)""")
    int saveInTime(UUID id, UUID attemptId, UUID userId, UUID questionId, String response, long seq, Instant savedAt,
                   @Nullable Instant deviceSavedAt);

    @Query("UPDATE attempt_answers SET score = :score, feedback = :feedback, graded_by = :gradedBy WHERE attempt_id = :attemptId AND question_id = :questionId")
    void grade(UUID attemptId, UUID questionId, double score, @Nullable String feedback, @Nullable UUID gradedBy);
}
