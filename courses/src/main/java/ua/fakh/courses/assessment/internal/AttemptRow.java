package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.courses.assessment.AttemptStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code questions}: the frozen list of question versions with their points; {@code settings}: the quiz's content then;
 * {@code offline}: taken in an offline window granted at {@code offlineGrantedAt}, which ends at {@code deadline}.
 */
@MappedEntity("attempts")
record AttemptRow(@Id UUID id, UUID lessonId, UUID courseId, UUID enrollmentId, UUID userId, int number,
                  AttemptStatus status, String role, long seed, String questions, String settings, Instant startedAt,
                  @Nullable Instant deadline, @Nullable Instant submittedAt, @Nullable Double score, double maxScore,
                  @Nullable Boolean passed, boolean offline, @Nullable Instant offlineGrantedAt) {

    AttemptRow finished(AttemptStatus newStatus, Instant at, double newScore, @Nullable Boolean hasPassed) {
        return new AttemptRow(id, lessonId, courseId, enrollmentId, userId, number, newStatus, role, seed, questions,
                settings, startedAt, deadline, submittedAt == null ? at : submittedAt, newScore, maxScore, hasPassed, offline,
                offlineGrantedAt);
    }
}
