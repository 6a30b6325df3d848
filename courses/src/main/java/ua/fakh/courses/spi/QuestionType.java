package ua.fakh.courses.spi;

import ua.fakh.core.plugins.Plugin;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * <p>A type also owns its part of the quiz pages, as Moodle's question types own their renderers:
 * the inputs a learner answers with ({@link #renderInput}), reading them back from the submitted
 * form ({@link #readResponse}), the review after submission ({@link #renderReview}), and, when its
 * inputs need behaviour that plain form controls lack, a script of its own ({@link #script}). The
 * pages around them know no type: they place what the type renders and pass the form back. It owns
 * its part of the trainer's question editor the same way ({@link #renderForm}, {@link #readForm}).
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

    /**
     * False for a type that only shows text and asks nothing (a description, as in Moodle): an attempt
     * gives it no points and no answer, counts it in no maximum, and a random draw never picks it.
     */
    default boolean scored() {
        return true;
    }

    /**
     * The inputs a learner answers with, placed by the attempt page inside the question's fieldset
     * after its number, points and text. Every input is named {@code question.field()} or
     * {@code question.field() + "." + part}, shows what {@code question.response()} holds (or
     * {@code question.typed()} when the form came back refused) and has a visible label; words of
     * the type's own come from its bundle in {@code question.locale()}. Built with {@link HtmlTag}.
     */
    Html renderInput(QuestionInput question);

    /**
     * Reads the response back from the attempt form — posted without the page's script, or sent by
     * the page's autosave as the question's own inputs — in the shape {@link #validateResponse}
     * takes. {@code form} holds this question's names only.
     *
     * @return null when the form says nothing about the question (the saved answer stays)
     * @throws UnreadableAnswerException when what was typed cannot be an answer of this type
     */
    @Nullable
    Map<String, Object> readResponse(QuestionInput question, FormFields form);

    /**
     * The review of one answer, placed by the result page after the question's text: what the
     * learner gave, what was right, and the feedback ({@link ReviewParts} has the common pieces).
     * Shown only when the quiz's rules let the learner see it.
     */
    Html renderReview(ReviewInput review);

    /**
     * The fields a trainer writes this type's definition with, placed by the question editor inside
     * its form (which holds the text, title, category and buttons around them), built with
     * {@link QuestionFormParts} so every input is named {@code d.<definition path>} and shows its
     * error from {@link QuestionForm#error}; words of the type's own come from its bundle in
     * {@code form.locale()}. Empty for a type without a form of its own: the editor then offers the
     * definition as JSON.
     */
    default Optional<Html> renderForm(QuestionForm form) {
        return Optional.empty();
    }

    /**
     * Reads the definition back from the editor's form, in the shape {@link #validateDefinition}
     * takes (which then names whatever is wrong). Called only for a type whose {@link #renderForm}
     * rendered; {@code form} is the whole editor form, read with {@link QuestionFormFields}.
     */
    default Map<String, Object> readForm(FormFields form) {
        return Map.of();
    }

    /**
     * A script of the type's own for the attempt page, or empty (the built-in types need none: the
     * page's script reads any plain form control). A path under {@code /static/}, served from the
     * plugin's jar at {@code public/<path>}; by convention {@code plugins/<id>/<name>.js}. The page
     * loads it once, deferred, after its own script. It may touch only the fieldsets of its type
     * ({@code .quiz-question[data-type=<id>]}); it tells the page that what was typed cannot be an
     * answer with the input's {@code setCustomValidity}, and after changing an input's value itself
     * it dispatches a bubbling {@code change} event so the answer is saved.
     */
    default Optional<String> script() {
        return Optional.empty();
    }
}
