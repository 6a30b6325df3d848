package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A learner's attempts at one quiz, oldest first; {@code keptAttemptId} is the one that counts, null before any is graded. */
public record QuizRecord(List<AttemptSummary> attempts, @Nullable UUID keptAttemptId) {

    /** The attempt under way, if any (there is never more than one). */
    public Optional<AttemptSummary> open() {
        return attempts.stream().filter(a -> a.status() == AttemptStatus.IN_PROGRESS).findFirst();
    }
}
