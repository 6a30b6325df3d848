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
 * period. After submission nothing changes an answer: late saves get 409.
 */
public interface Attempts {

    /** @throws QuizRefusedException when {@link #refusal} says no and no attempt is under way */
    AttemptView start(UUID quizLessonId, Caller learner, Locale locale);

    /** What keeps the learner from starting a new attempt now (dates, attempts used, a bank too small); empty when nothing does. */
    Optional<QuizRefusal> refusal(UUID quizLessonId, Caller learner, Locale locale);

    void saveAnswer(UUID attemptId, UUID questionId, Map<String, Object> response, long seq, Caller learner);

    /**
     * Saves what the attempt form says about one question, read by the question's type from its
     * fields ({@code a.<questionId>} and the names under it), as {@link #saveAnswer} would.
     *
     * @return false, saving nothing, when the form says nothing about the question
     * @throws ua.fakh.courses.spi.UnreadableAnswerException when what was typed cannot be an answer (its message is for the learner)
     */
    boolean saveFormAnswer(UUID attemptId, UUID questionId, FormFields form, long seq, Caller learner, Locale locale);

    AttemptResult submit(UUID attemptId, Caller learner);

    AttemptView get(UUID attemptId, Caller caller, Locale locale);

    /** A trainer grades an essay answer; the attempt becomes GRADED once nothing waits. */
    AttemptResult gradeAnswer(UUID attemptId, UUID questionId, double score, @Nullable String comment, Caller trainer);

    /** Submits every attempt whose deadline and grace have passed; returns how many. */
    int submitOverdue();
}
