package ua.fakh.courses.assessment;

/**
 * Why a learner may not start a new attempt at a quiz now. Each has a sentence under
 * {@code problem.quiz.<name>} (the API's problem detail) and the quiz page says it in its own words.
 */
public enum QuizRefusal {
    /** Before the quiz's {@code opensAt}. */
    NOT_OPEN_YET,
    /** From the quiz's {@code closesAt} on. */
    CLOSED,
    /** Every allowed attempt has been used. */
    NO_ATTEMPTS_LEFT,
    /** The bank has fewer questions than the quiz asks (questions removed after publishing): not the learner's doing. */
    CANNOT_DRAW;

    /** The problem detail's bundle key. */
    public String key() {
        return "problem.quiz." + name();
    }
}
