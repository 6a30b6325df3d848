package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AnswerOrigin;
import ua.fakh.courses.assessment.AnswerSaved;
import ua.fakh.courses.assessment.AttemptResult;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.QuizSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes one answer into an attempt the caller owns and has locked (the attempt service's transaction,
 * which keeps what ends an attempt even when the answer is then refused). In time it is stored as
 * always; after the time it counts only as {@link LateAnswers} allows, marked late, and a submitted
 * attempt is regraded with it — its result notice and the lesson passed follow as after an essay's
 * grade, each at most once.
 */
@Singleton
class AnswerIntake {
    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final QuestionPlugins plugins;
    private final AttemptQuestions json;
    private final AttemptGrading grading;
    private final ResultNotices notices;
    private final LateAnswers lateAnswers;
    private final OfflineWindowTokens tokens;
    private final Clock clock;

    AnswerIntake(AttemptRepository attempts, AnswerRepository answers, QuestionPlugins plugins, AttemptQuestions json,
                 AttemptGrading grading, ResultNotices notices, LateAnswers lateAnswers, OfflineWindowTokens tokens, Clock clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.plugins = plugins;
        this.json = json;
        this.grading = grading;
        this.notices = notices;
        this.lateAnswers = lateAnswers;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** An answer to an attempt of the caller's, under its row lock; what ends the attempt stays even when it is refused. */
    @Transactional(noRollbackFor = ConflictException.class)
    public AnswerSaved saveLocked(UUID attemptId, UUID questionId, Map<String, Object> response, long seq, AnswerOrigin origin,
                                  Caller learner) {
        return save(attempts.lockOwned(attemptId, learner), questionId, response, seq, origin);
    }

    AnswerSaved save(AttemptRow locked, UUID questionId, Map<String, Object> response, long seq, AnswerOrigin origin) {
        AttemptRow attempt = locked;
        if (attempt.offline()) {
            tokens.check(attempt, origin.windowToken());
        }
        if (seq < 0) {
            throw ValidationException.of("seq", "problem.field.seq");
        }
        Instant now = clock.instant();
        Instant madeAt = earlier(origin.savedAt(), now); // a device clock ahead of the server's cannot save in the future
        boolean late = attempt.status() != AttemptStatus.IN_PROGRESS || lateAnswers.isPastGrace(attempt);
        if (late) {
            attempt = endIfDue(attempt);
            lateAnswers.check(attempt, madeAt);
        }
        FrozenQuestion question = json.frozen(attempt).question(questionId)
                .orElseThrow(() -> new NotFoundException("problem.quiz.noSuchQuestion"));
        Map<String, Object> checked = plugins.checkResponse(question, response);
        if (attempt.offline()) {
            checkTimeLimit(attempt, questionId, madeAt == null ? now : madeAt);
        }
        String text = json.write(checked);
        int changed = answers.saveIfNewer(Ids.newId(), attempt.id(), questionId, text, seq, now, late, madeAt);
        if (late && changed > 0 && attempt.status() != AttemptStatus.IN_PROGRESS) {
            AttemptResult result = grading.lateAnswer(attempt, questionId);
            notices.graded(attempt, result);
        }
        return late ? AnswerSaved.LATE : AnswerSaved.IN_TIME;
    }

    /**
     * An online attempt whose time is up is submitted with what it holds, as it always was; an offline one
     * stays open for the rest of its replay, and past that it is ended (or withdrawn) before saying no.
     */
    private AttemptRow endIfDue(AttemptRow attempt) {
        if (attempt.status() != AttemptStatus.IN_PROGRESS) {
            return attempt;
        }
        if (attempt.offline() && !lateAnswers.isClosedForGood(attempt)) {
            return attempt;
        }
        grading.endOverdue(attempt);
        return attempts.findById(attempt.id()).orElseThrow(() -> new ConflictException("problem.quiz.replayTooLate"));
    }

    /**
     * The device times of an offline attempt's answers, first to last, fit in the time limit (plus the grace
     * period): the page enforces the limit from when the attempt is opened, and this is the server's check.
     */
    private void checkTimeLimit(AttemptRow attempt, UUID questionId, Instant madeAt) {
        Integer limit = QuizSettings.of(json.object(attempt.settings())).timeLimitSeconds();
        if (limit == null) {
            return;
        }
        List<Instant> times = new ArrayList<>(answers.findByAttemptId(attempt.id()).stream()
                .filter(a -> !a.questionId().equals(questionId)).map(AnswerRow::madeAt).toList());
        times.add(madeAt);
        Instant first = times.stream().min(Instant::compareTo).orElseThrow();
        Instant last = times.stream().max(Instant::compareTo).orElseThrow();
        if (Duration.between(first, last).compareTo(Duration.ofSeconds(limit).plus(lateAnswers.grace())) > 0) {
            throw new ConflictException("problem.quiz.savedTooLate");
        }
    }

    /** The earlier of the two, or null without a device time. */
    @Nullable
    static Instant earlier(@Nullable Instant a, Instant b) {
        return a == null ? null : a.isAfter(b) ? b : a;
    }
}
