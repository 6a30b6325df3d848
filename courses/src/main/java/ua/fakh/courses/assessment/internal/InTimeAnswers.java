package ua.fakh.courses.assessment.internal;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AnswerOrigin;
import ua.fakh.courses.assessment.AnswerSaved;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The autosave's usual case, an online attempt of the caller's answered in time, as one auto-commit statement instead
 * of a transaction of a locking read and a write (four round trips with the commit; perf/README.md, "Session 14").
 * It decides nothing the locked path would decide otherwise: it goes ahead only on an attempt whose frozen facts were
 * read before (whose it is, offline or not, its deadline, its questions never change), and the statement itself checks
 * the owner and the status under the row lock. Whatever it cannot settle (an attempt not read yet or not the
 * caller's, an offline one, one past its time, a response its question refuses, a save that changed nothing, two
 * first saves of one question at once) answers empty, and {@link AnswerIntake#saveLocked} decides as it always did.
 */
@Singleton
class InTimeAnswers {
    /** PostgreSQL's and H2's SQLSTATE for a unique key violated. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final AnswerRepository answers;
    private final AttemptQuestions json;
    private final QuestionPlugins plugins;
    private final LateAnswers lateAnswers;
    private final Clock clock;

    InTimeAnswers(AnswerRepository answers, AttemptQuestions json, QuestionPlugins plugins, LateAnswers lateAnswers,
                  Clock clock) {
        this.answers = answers;
        this.json = json;
        this.plugins = plugins;
        this.lateAnswers = lateAnswers;
        this.clock = clock;
    }

    /** A connection of its own in auto-commit: the statement is the whole transaction. */
    @Connectable
    Optional<AnswerSaved> save(UUID attemptId, UUID questionId, Map<String, Object> response, long seq, AnswerOrigin origin,
                               Caller learner) {
        Optional<FrozenAttempt> known = json.known(attemptId);
        if (known.isEmpty() || seq < 0) {
            return Optional.empty();
        }
        FrozenAttempt attempt = known.get();
        if (!attempt.userId().equals(learner.userId()) || attempt.offline() || lateAnswers.isPastGrace(attempt.deadline())) {
            return Optional.empty();
        }
        Optional<FrozenQuestion> question = attempt.question(questionId);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> checked;
        try {
            checked = plugins.checkResponse(question.get(), response);
        } catch (FakhException refused) {
            return Optional.empty(); // the locked path says why, or that the attempt ended first
        }
        Instant now = clock.instant();
        try {
            int saved = answers.saveInTime(Ids.newId(), attemptId, learner.userId(), questionId, json.write(checked), seq, now,
                    AnswerIntake.earlier(origin.savedAt(), now));
            return saved == 1 ? Optional.of(AnswerSaved.IN_TIME) : Optional.empty();
        } catch (DataAccessException failed) {
            if (uniqueViolation(failed)) {
                return Optional.empty(); // the other save's answer is stored now: the locked path compares seq with it
            }
            throw failed;
        }
    }

    private static boolean uniqueViolation(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
