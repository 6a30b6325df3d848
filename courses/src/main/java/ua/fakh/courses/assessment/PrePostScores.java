package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pre-test and post-test scores of many enrolments at once, by the rule of {@link PrePostReports}:
 * per quiz the kept attempt as its {@code grading} setting says (the best or the last graded one), and
 * per learner the mean of the kept grades of the quizzes of that role. For reports across courses that
 * decide themselves whom they count: no access check here, so callers check before they ask.
 * Read-only; safe from any thread.
 */
public interface PrePostScores {

    /** Enrolment id → its scores; an enrolment with neither a graded pre-test nor post-test is left out. */
    Map<UUID, Scores> scores(Collection<UUID> enrollmentIds);

    /**
     * How the enrolments answered each question of their kept pre-test attempts, one tally per course and
     * question (all versions of a question count as one). A question put but left unanswered is not counted.
     */
    List<QuestionTally> preTestQuestions(Collection<UUID> enrollmentIds);

    /**
     * Percent scores, null when there is no graded attempt of that role; {@code normalisedGain} is Hake's g,
     * (post − pre) / (100 − pre), null without both or from a perfect pre-test.
     */
    record Scores(@Nullable Double pre, @Nullable Double post, @Nullable Double normalisedGain) {

        public boolean both() {
            return pre != null && post != null;
        }
    }

    /**
     * @param text     the question's current wording, as its author wrote it (Markdown)
     * @param answered how many answers were given to it
     * @param wrong    how many of them scored less than the question's full points
     */
    record QuestionTally(UUID courseId, UUID familyId, String text, int answered, int wrong) {
    }
}
