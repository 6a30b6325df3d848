package ua.fakh.courses.plugins.qtype_essay;

import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.QuestionForm;
import ua.fakh.courses.spi.QuestionFormFields;
import ua.fakh.courses.spi.QuestionFormParts;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionMessages;

import java.util.Map;

/** The editor's part of an essay: word limits, the template the learner starts from, and notes for the grader. */
final class EssayForm {

    private EssayForm() {
    }

    static Html render(EssayQuestion type, QuestionForm form) {
        return Html.join(QuestionFormParts.number(form, "minWords", word(type, form, "form.minWords"), null),
                QuestionFormParts.number(form, "maxWords", word(type, form, "form.maxWords"), null),
                QuestionFormParts.area(form, "responseTemplate", word(type, form, "form.responseTemplate"), null, 3),
                QuestionFormParts.area(form, "graderInfo", word(type, form, "form.graderInfo"),
                        word(type, form, "form.graderInfoHint"), 3));
    }

    static Map<String, Object> read(FormFields fields) {
        QuestionFormFields form = QuestionFormFields.of(fields);
        return QuestionMaps.of("minWords", form.number("minWords"), "maxWords", form.number("maxWords"),
                "responseTemplate", form.text("responseTemplate"), "graderInfo", form.text("graderInfo"));
    }

    private static String word(EssayQuestion type, QuestionForm form, String key) {
        return QuestionMessages.get(type, form.locale(), key);
    }
}
