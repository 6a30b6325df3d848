package ua.fakh.courses.assessment.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.courses.assessment.AttemptStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the time of an attempt is up, and whether an answer that arrives after it still counts: it
 * must have been saved on the device before the deadline (plus the grace period) and, once the
 * learner submitted, before that too; and it must arrive within {@code fakh.quiz.late-answer-window}
 * of the deadline, or {@code fakh.quiz.offline-replay} for an offline window. An offline attempt stays
 * open that long for its replay before the sweep submits it (or withdraws it when nothing was answered).
 */
@Singleton
class LateAnswers {
    private final Duration grace;
    private final Duration lateWindow;
    private final Duration offlineReplay;
    private final Clock clock;

    LateAnswers(@Value("${fakh.quiz-grace-seconds:15}") int graceSeconds,
                @Value("${fakh.quiz.late-answer-window:24h}") Duration lateWindow,
                @Value("${fakh.quiz.offline-replay:14d}") Duration offlineReplay, Clock clock) {
        this.grace = Duration.ofSeconds(graceSeconds);
        this.lateWindow = lateWindow;
        this.offlineReplay = offlineReplay;
        this.clock = clock;
    }

    Duration grace() {
        return grace;
    }

    /** Whether answers arriving now are after the attempt's time (its deadline and the grace period). */
    boolean isPastGrace(AttemptRow attempt) {
        return isPastGrace(attempt.deadline());
    }

    /** As above, for an attempt with this deadline (none: no time limit). */
    boolean isPastGrace(@Nullable Instant deadline) {
        return deadline != null && clock.instant().isAfter(deadline.plus(grace));
    }

    /** Whether the replay of the attempt's answers has had all the time it gets. */
    boolean isClosedForGood(AttemptRow attempt) {
        return attempt.deadline() != null && clock.instant().isAfter(attempt.deadline().plus(window(attempt)));
    }

    /** The online attempts past this instant are overdue for the sweep. */
    Instant onlineOverdueBefore() {
        return clock.instant().minus(grace);
    }

    /** The offline attempts past this instant are overdue for the sweep. */
    Instant offlineOverdueBefore() {
        return clock.instant().minus(offlineReplay);
    }

    /** Whether the sweep (or a look at the attempt's quiz) ends the attempt now. */
    boolean isOverdue(AttemptRow attempt) {
        return attempt.offline() ? isClosedForGood(attempt) : isPastGrace(attempt);
    }

    /**
     * Checks that an answer arriving after the attempt's time counts.
     *
     * @throws ConflictException why it does not: no device time or saved after submitting ({@code submitted} /
     *                           {@code timeUp}), saved after the deadline ({@code savedTooLate}), arrived too late
     *                           ({@code replayTooLate})
     */
    void check(AttemptRow attempt, @Nullable Instant savedAt) {
        boolean submitted = attempt.status() != AttemptStatus.IN_PROGRESS;
        if (attempt.deadline() == null || !isPastGrace(attempt)) {
            throw new ConflictException("problem.quiz.submitted"); // submitted in time: nothing changes it
        }
        if (savedAt == null) {
            throw new ConflictException(submitted ? "problem.quiz.submitted" : "problem.quiz.timeUp");
        }
        if (savedAt.isAfter(attempt.deadline().plus(grace))) {
            throw new ConflictException("problem.quiz.savedTooLate");
        }
        if (submitted && attempt.submittedAt() != null && savedAt.isAfter(attempt.submittedAt())) {
            throw new ConflictException("problem.quiz.submitted");
        }
        if (isClosedForGood(attempt)) {
            throw new ConflictException("problem.quiz.replayTooLate");
        }
    }

    private Duration window(AttemptRow attempt) {
        return attempt.offline() ? offlineReplay : lateWindow;
    }
}
