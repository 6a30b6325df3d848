package ua.fakh.courses.plugins.qtype_shortanswer;

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

/** The editor's part of a short-answer question: a row per accepted text (weight, feedback) and case sensitivity. */
final class ShortAnswerForm {

    private ShortAnswerForm() {
    }

    static Html render(ShortAnswerQuestion type, QuestionForm form) {
        return Html.join(QuestionFormParts.rows(form, "answers", form.rows("answers", 2, 3, QuestionLimits.OPTIONS),
                        word(type, form, "form.answer"), word(type, form, "form.answersHint"), prefix -> List.of(
                                QuestionFormParts.text(form, prefix + "text", word(type, form, "form.text"), false),
                                QuestionFormParts.number(form, prefix + "weight", word(type, form, "form.weight"), null),
                                QuestionFormParts.text(form, prefix + "feedback", word(type, form, "form.feedback"), false))),
                QuestionFormParts.checkbox(form, "caseSensitive", word(type, form, "form.caseSensitive"), false));
    }

    static Map<String, Object> read(FormFields fields) {
        QuestionFormFields form = QuestionFormFields.of(fields);
        return QuestionMaps.of("answers", form.rows("answers", List.of("text", "weight", "feedback"), (prefix, item) -> {
            item.put("text", form.text(prefix + "text"));
            item.put("weight", form.number(prefix + "weight"));
            item.put("feedback", form.text(prefix + "feedback"));
        }), "caseSensitive", form.flag("caseSensitive"));
    }

    private static String word(ShortAnswerQuestion type, QuestionForm form, String key) {
        return QuestionMessages.get(type, form.locale(), key);
    }
}
