package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/** A learner's attempts at one quiz, oldest first; {@code keptAttemptId} is the one that counts, null before any is graded. */
public record QuizRecord(List<AttemptSummary> attempts, @Nullable UUID keptAttemptId) {

    public boolean hasOpenAttempt() {
        return attempts.stream().anyMatch(a -> a.status() == AttemptStatus.IN_PROGRESS);
    }
}
