package ua.fakh.courses.spi;

/** Sizes the built-in question types accept; a plugin of its own may choose others. */
public final class QuestionLimits {
    /** Choices of a question, pairs of a matching question, accepted answers. */
    public static final int OPTIONS = 50;
    /** A choice, an accepted answer, one side of a pair. */
    public static final int OPTION_TEXT = 2_000;
    /** Feedback for one answer, a grader's note. */
    public static final int FEEDBACK = 10_000;
    /** The longest text a learner may send as a response (short answer, essay). */
    public static final int RESPONSE_TEXT = 20_000;

    private QuestionLimits() {
    }
}
