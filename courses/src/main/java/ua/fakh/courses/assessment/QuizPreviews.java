package ua.fakh.courses.assessment;

import ua.fakh.core.security.Caller;
import ua.fakh.courses.spi.FormFields;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A quiz taken by one of its course's trainers as a learner would take it, with nothing recorded:
 * no attempt, no answer, no grade, no progress. The settings are the working copy's, so a trainer
 * tries what they are editing. Every call refuses (403) a caller who does not edit the course, and
 * reads only. Thread-safe.
 */
public interface QuizPreviews {

    /** A fresh draw of the quiz's questions, as an attempt that is never saved; its {@code seed} brings the same draw back. */
    QuizPreview draw(UUID quizLessonId, Caller trainer, Locale locale);

    /**
     * The draw {@code seed} and {@code questionIds} (the question versions {@link #draw} gave) graded
     * against the answers in the preview's form, with the review. An answer that cannot be read counts
     * as none.
     */
    QuizPreview grade(UUID quizLessonId, long seed, List<UUID> questionIds, FormFields form, Caller trainer, Locale locale);

    /** One preview: the attempt as the pages show it (never stored) and the seed of its draw. */
    record QuizPreview(long seed, AttemptView attempt) {
    }
}
