package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.errors.ConflictException;

/**
 * A question that a quiz asks (or draws from its category and would run short without it) or that an
 * attempt took cannot be deleted: 409, saying which. {@code lessonTitle} names the quiz when one is the reason.
 */
public class QuestionInUseException extends ConflictException {
    private final Reason reason;
    private final String lessonTitle;

    public enum Reason { ASKED_BY_QUIZ, DRAWN_BY_QUIZ, TAKEN_IN_ATTEMPTS }

    public QuestionInUseException(Reason reason, @Nullable String lessonTitle) {
        super(switch (reason) {
            case ASKED_BY_QUIZ -> "The quiz \"" + lessonTitle + "\" asks this question; take it out of the quiz first";
            case DRAWN_BY_QUIZ -> "The quiz \"" + lessonTitle + "\" draws from this question's category and would run short without it";
            case TAKEN_IN_ATTEMPTS -> "Learners have answered this question in their attempts; it stays in the bank";
        });
        this.reason = reason;
        this.lessonTitle = lessonTitle;
    }

    public Reason reason() {
        return reason;
    }

    @Nullable
    public String lessonTitle() {
        return lessonTitle;
    }
}
