package ua.fakh.courses.assessment;

import ua.fakh.core.errors.ConflictException;

/** 409: no new attempt may start now, and {@link #reason()} says why; its message is the reason's bundle key. */
public class QuizRefusedException extends ConflictException {
    private final QuizRefusal reason;

    public QuizRefusedException(QuizRefusal reason) {
        super(reason.key());
        this.reason = reason;
    }

    public QuizRefusal reason() {
        return reason;
    }
}
