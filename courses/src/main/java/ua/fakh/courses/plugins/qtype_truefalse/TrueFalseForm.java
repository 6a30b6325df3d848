package ua.fakh.courses.plugins.qtype_truefalse;

import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.QuestionForm;
import ua.fakh.courses.spi.QuestionFormFields;
import ua.fakh.courses.spi.QuestionFormParts;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionMessages;

import java.util.LinkedHashMap;
import java.util.Map;

/** The editor's part of a true/false statement: which is right, and the feedback for either answer. */
final class TrueFalseForm {

    private TrueFalseForm() {
    }

    static Html render(TrueFalseQuestion type, QuestionForm form) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("true", word(type, form, "true"));
        options.put("false", word(type, form, "false"));
        return Html.join(QuestionFormParts.radios(form, "answer", word(type, form, "form.answer"), options),
                QuestionFormParts.area(form, "feedbackTrue", word(type, form, "form.feedbackTrue"), null, 2),
                QuestionFormParts.area(form, "feedbackFalse", word(type, form, "form.feedbackFalse"), null, 2));
    }

    static Map<String, Object> read(FormFields fields) {
        QuestionFormFields form = QuestionFormFields.of(fields);
        String answer = form.text("answer");
        return QuestionMaps.of("answer", answer == null ? null : Boolean.valueOf(answer.equals("true")),
                "feedbackTrue", form.text("feedbackTrue"), "feedbackFalse", form.text("feedbackFalse"));
    }

    private static String word(TrueFalseQuestion type, QuestionForm form, String key) {
        return QuestionMessages.get(type, form.locale(), key);
    }
}
