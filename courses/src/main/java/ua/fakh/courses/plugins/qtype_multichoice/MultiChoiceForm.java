package ua.fakh.courses.plugins.qtype_multichoice;

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

/** The editor's part of a multiple-choice question: a row per choice (text, weight in percent, feedback). */
final class MultiChoiceForm {

    private MultiChoiceForm() {
    }

    static Html render(MultiChoiceQuestion type, QuestionForm form) {
        return Html.join(QuestionFormParts.rows(form, "choices", form.rows("choices", 2, 4, QuestionLimits.OPTIONS),
                        word(type, form, "form.choice"), word(type, form, "form.choicesHint"), prefix -> List.of(
                                QuestionFormParts.text(form, prefix + "text", word(type, form, "form.text"), false),
                                QuestionFormParts.number(form, prefix + "weight", word(type, form, "form.weight"), null),
                                QuestionFormParts.text(form, prefix + "feedback", word(type, form, "form.feedback"), false))),
                QuestionFormParts.checkbox(form, "shuffle", word(type, form, "form.shuffle"), true));
    }

    static Map<String, Object> read(FormFields fields) {
        QuestionFormFields form = QuestionFormFields.of(fields);
        return QuestionMaps.of("choices", form.rows("choices", List.of("text", "weight", "feedback"), (prefix, item) -> {
            item.put("id", form.text(prefix + "id"));
            item.put("text", form.text(prefix + "text"));
            item.put("weight", form.number(prefix + "weight"));
            item.put("feedback", form.text(prefix + "feedback"));
        }), "shuffle", form.flag("shuffle"));
    }

    private static String word(MultiChoiceQuestion type, QuestionForm form, String key) {
        return QuestionMessages.get(type, form.locale(), key);
    }
}
