package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One of a learner's attempts at a quiz, without its questions: for the quiz's front page. {@code offline}:
 * taken in an offline window; {@code lateAnswers}: how many answers arrived after the time was up and count.
 */
@Serdeable
public record AttemptSummary(UUID id, int number, AttemptStatus status, Instant startedAt, @Nullable Instant deadline,
                             @Nullable Instant submittedAt, @Nullable Double score, double maxScore,
                             @Nullable Boolean passed, boolean offline, int lateAnswers) {

    /** The score in percent, or null while nothing is graded. */
    @Nullable
    public Long percent() {
        if (score == null || status == AttemptStatus.IN_PROGRESS) {
            return null;
        }
        return maxScore == 0 ? 100 : Math.round(score * 100 / maxScore);
    }
}
