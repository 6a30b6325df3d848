package ua.fakh.courses.spi;

import ua.fakh.core.plugins.Plugin;

import java.util.Locale;
import java.util.Map;

/**
 * SPI for a kind of question (plugin type {@code qtype}): single choice, multiple choice,
 * true/false, short answer, numerical, matching, essay. A plugin owns two JSON shapes — the
 * question's {@code definition} (its key: choices, right answers, weights, feedback) and a
 * learner's {@code response} — and the rules between them: what the learner may see, which
 * responses are well formed, how they are graded.
 *
 * <p>Implementations are stateless, thread-safe beans; nothing here touches the database, a clock
 * or anything random except {@link #validateDefinition} generating ids that are missing.
 * Every method but {@code validateDefinition} expects a definition as {@code validateDefinition}
 * returned it. Maps are JSON-friendly: strings, booleans, numbers ({@code Long} when whole,
 * {@code Double} otherwise), lists and maps of those.
 *
 * <p>Errors: malformed input from a trainer or a learner is a {@link QuestionRejectedException}
 * (answered as 422) whose field errors start with {@code definition.} or {@code response.}.
 */
public interface QuestionType extends Plugin {

    /**
     * Checks a definition written by a trainer or produced by an import and returns it normalised:
     * texts trimmed, unknown fields dropped, defaults filled in, and ids generated for choices or
     * pairs that have none. Idempotent: normalising a normalised definition returns an equal map,
     * so ids once generated stay.
     *
     * @throws QuestionRejectedException naming every wrong field as {@code definition.<path>}
     */
    Map<String, Object> validateDefinition(Map<String, Object> definition);

    /**
     * What a learner sees of the question inside an attempt, besides its text and points: per the
     * HTTP contract {@code choices[{id, text}]}, {@code left[{id, text}]}, {@code right[{id, text}]},
     * or type-specific hints (an essay's word limits). Never anything that gives the key away:
     * no right answers, weights, feedback, accepted texts or numbers.
     *
     * @param seed    the same seed gives the same order (a reload shows what the learner saw before)
     * @param shuffle whether the quiz shuffles within questions; a definition may still refuse to
     *                ({@code shuffle: false}, e.g. for "all of the above")
     */
    Map<String, Object> learnerView(Map<String, Object> definition, long seed, boolean shuffle);

    /**
     * Checks a learner's response against the question and returns it normalised. A {@code null}
     * or empty response, or one with its field absent or blank, is valid: the question is not
     * answered (yet) and scores 0.
     *
     * @throws QuestionRejectedException naming the field as {@code response.<field>}: wrong types,
     *                                   unknown choice or pair ids, text over
     *                                   {@link QuestionLimits#RESPONSE_TEXT} characters
     */
    Map<String, Object> validateResponse(Map<String, Object> definition, Map<String, Object> response);

    /**
     * Grades a response: pure and deterministic (the same inputs always give an equal grade), the
     * score within {@code [0, maxPoints]}. A question a trainer must grade scores 0 here and says
     * {@link QuestionGrade#needsManualGrading()}.
     *
     * @throws QuestionRejectedException when the response is malformed (as {@link #validateResponse})
     * @throws IllegalArgumentException  when {@code maxPoints} is negative or not finite
     */
    QuestionGrade grade(Map<String, Object> definition, Map<String, Object> response, double maxPoints);

    /**
     * What a learner may see after submitting, when the quiz's review rules allow: the right
     * answers, what the learner chose, and feedback. Always holds {@code rightAnswer} (a sentence in
     * {@code locale}, or absent where there is no single right answer, as for an essay) and
     * {@code feedback} (the grade's feedback texts); the rest is type-specific.
     */
    Map<String, Object> reviewView(Map<String, Object> definition, Map<String, Object> response,
                                   QuestionGrade grade, Locale locale);

    /** False when a trainer grades the answers (an essay); true when {@link #grade} decides. */
    default boolean autoGraded() {
        return true;
    }
}
