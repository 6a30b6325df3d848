package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.spi.FormFields;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Quiz attempts. Starting freezes the questions (versions, order, seed) and the deadline. Every
 * answer is saved on its own (idempotent; a lower or equal {@code seq} never overwrites a newer
 * answer). Submitting is idempotent; the server submits by itself at the deadline plus a grace
 * period. After that an answer still counts, marked late and the attempt regraded, when the device saved
 * it before the time was up and it arrives within {@code fakh.quiz.late-answer-window} (an offline
 * attempt's within {@code fakh.quiz.offline-replay}); any other late save gets 409.
 */
public interface Attempts {

    /** @throws QuizRefusedException when {@link #refusal} says no and no attempt is under way */
    AttemptView start(UUID quizLessonId, Caller learner, Locale locale);

    /** What keeps the learner from starting a new attempt now (dates, attempts used, a bank too small); empty when nothing does. */
    Optional<QuizRefusal> refusal(UUID quizLessonId, Caller learner, Locale locale);

    /**
     * Starts an attempt to be taken offline, or gives the window of the one already granted and under way
     * (idempotent): its deadline is {@code offlineHours} from now or the quiz's closing, whichever is first.
     *
     * @throws ua.fakh.core.errors.ConflictException {@code problem.quiz.notOffline} when the trainers did not allow it,
     *                                               {@code problem.quiz.attemptUnderWay} while an online attempt runs
     * @throws QuizRefusedException                  as {@link #start} when no attempt may start
     */
    OfflineWindow offlineWindow(UUID quizLessonId, Caller learner, Locale locale);

    /** As {@link #saveAnswer(UUID, UUID, Map, long, AnswerOrigin, Caller)}, saved as it arrives. */
    default void saveAnswer(UUID attemptId, UUID questionId, Map<String, Object> response, long seq, Caller learner) {
        saveAnswer(attemptId, questionId, response, seq, AnswerOrigin.NOW, learner);
    }

    /**
     * Saves one answer. An offline attempt's answers must carry its window's token (else 422
     * {@code problem.quiz.windowInvalid}). After the time is up (even once the server submitted the
     * attempt) an answer saved on the device before it is taken as {@link AnswerSaved#LATE} and the
     * attempt regraded; otherwise 409 ({@code problem.quiz.savedTooLate}, {@code problem.quiz.replayTooLate},
     * {@code problem.quiz.timeUp}, {@code problem.quiz.submitted}).
     */
    AnswerSaved saveAnswer(UUID attemptId, UUID questionId, Map<String, Object> response, long seq, AnswerOrigin origin,
                           Caller learner);

    /**
     * Saves what the attempt form says about one question, read by the question's type from its
     * fields ({@code a.<questionId>} and the names under it), as {@link #saveAnswer} would.
     *
     * @return false, saving nothing, when the form says nothing about the question
     * @throws ua.fakh.courses.spi.UnreadableAnswerException when what was typed cannot be an answer (its message is for the learner)
     */
    default boolean saveFormAnswer(UUID attemptId, UUID questionId, FormFields form, long seq, Caller learner, Locale locale) {
        return saveFormAnswer(attemptId, questionId, form, seq, AnswerOrigin.NOW, learner, locale) != AnswerSaved.NOTHING_SAID;
    }

    /** As {@link #saveFormAnswer(UUID, UUID, FormFields, long, Caller, Locale)}, with where the answer comes from. */
    AnswerSaved saveFormAnswer(UUID attemptId, UUID questionId, FormFields form, long seq, AnswerOrigin origin, Caller learner,
                               Locale locale);

    AttemptResult submit(UUID attemptId, Caller learner);

    AttemptView get(UUID attemptId, Caller caller, Locale locale);

    /** A trainer grades an essay answer; the attempt becomes GRADED once nothing waits. */
    AttemptResult gradeAnswer(UUID attemptId, UUID questionId, double score, @Nullable String comment, Caller trainer);

    /** Submits every attempt whose deadline and grace have passed; returns how many. */
    int submitOverdue();
}
