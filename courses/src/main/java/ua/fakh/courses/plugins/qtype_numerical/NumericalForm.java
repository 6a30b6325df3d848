package ua.fakh.courses.plugins.qtype_numerical;

import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.QuestionForm;
import ua.fakh.courses.spi.QuestionFormFields;
import ua.fakh.courses.spi.QuestionFormParts;
import ua.fakh.courses.spi.QuestionLimits;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionMessages;

import java.util.List;
import java.util.Map;

/**
 * The editor's part of a numerical question: a row per accepted number — a value with a tolerance,
 * or a range from min to max — with its weight and feedback, and the feedback when nothing matches.
 */
final class NumericalForm {

    private NumericalForm() {
    }

    static Html render(NumericalQuestion type, QuestionForm form) {
        return Html.join(QuestionFormParts.rows(form, "answers", form.rows("answers", 1, 2, QuestionLimits.OPTIONS),
                        word(type, form, "form.answer"), word(type, form, "form.answersHint"), prefix -> List.of(
                                QuestionFormParts.number(form, prefix + "value", word(type, form, "form.value"), null),
                                QuestionFormParts.number(form, prefix + "tolerance", word(type, form, "form.tolerance"), null),
                                QuestionFormParts.number(form, prefix + "min", word(type, form, "form.min"), null),
                                QuestionFormParts.number(form, prefix + "max", word(type, form, "form.max"), null),
                                QuestionFormParts.number(form, prefix + "weight", word(type, form, "form.weight"), null),
                                QuestionFormParts.text(form, prefix + "feedback", word(type, form, "form.feedback"), false))),
                QuestionFormParts.area(form, "feedbackWrong", word(type, form, "form.feedbackWrong"), null, 2));
    }

    static Map<String, Object> read(FormFields fields) {
        QuestionFormFields form = QuestionFormFields.of(fields);
        List<String> parts = List.of("value", "tolerance", "min", "max", "weight", "feedback");
        return QuestionMaps.of("answers", form.rows("answers", parts, (prefix, item) -> {
            for (String part : parts) {
                item.put(part, part.equals("feedback") ? form.text(prefix + part) : form.number(prefix + part));
            }
        }), "feedbackWrong", form.text("feedbackWrong"));
    }

    private static String word(NumericalQuestion type, QuestionForm form, String key) {
        return QuestionMessages.get(type, form.locale(), key);
    }
}
