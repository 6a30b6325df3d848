package ua.fakh.courses.plugins.qtype_truefalse;

import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.InputParts;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionMessages;
import ua.fakh.courses.spi.ReviewInput;
import ua.fakh.courses.spi.ReviewParts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The quiz pages' part of a true/false question: two radio buttons valued {@code true} and {@code false}. */
final class TrueFalsePage {

    private TrueFalsePage() {
    }

    static Html input(TrueFalseQuestion type, QuestionInput q) {
        Object given = q.response().get("value");
        List<Map<String, Object>> options = List.of(option(type, q.locale(), true), option(type, q.locale(), false));
        return InputParts.choices("choices truefalse", "radio", q.field(), options,
                value -> given instanceof Boolean b && String.valueOf(b).equals(value)).html();
    }

    static Map<String, Object> read(QuestionInput q, FormFields form) {
        String value = form.first(q.field());
        return value == null ? null : Map.of("value", Boolean.parseBoolean(value));
    }

    static Html review(TrueFalseQuestion type, ReviewInput r) {
        Object given = r.response().get("value");
        String answer = given instanceof Boolean b ? QuestionMessages.get(type, r.locale(), String.valueOf(b)) : null;
        return Html.join(ReviewParts.given(QuestionMessages.get(type, r.locale(), "review.yourAnswer"), answer,
                QuestionMessages.get(type, r.locale(), "review.noAnswer")), ReviewParts.closing(r.review()));
    }

    private static Map<String, Object> option(TrueFalseQuestion type, Locale locale, boolean value) {
        return Map.of("id", String.valueOf(value), "text", QuestionMessages.get(type, locale, String.valueOf(value)));
    }
}
