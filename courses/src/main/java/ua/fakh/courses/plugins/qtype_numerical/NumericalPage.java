package ua.fakh.courses.plugins.qtype_numerical;

import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.HtmlTag;
import ua.fakh.courses.spi.InputParts;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionMessages;
import ua.fakh.courses.spi.ReviewInput;
import ua.fakh.courses.spi.ReviewParts;
import ua.fakh.courses.spi.UnreadableAnswerException;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The quiz pages' part of a numerical question: a text field for a number, written with a point or
 * a comma and spaces between thousands. The plugin's script says at once when what was typed is
 * not a number; the message it shows travels in the field's {@code data-not-a-number}.
 */
final class NumericalPage {

    private NumericalPage() {
    }

    static Html input(NumericalQuestion type, QuestionInput q) {
        String text = q.typed() != null ? q.typed() : InputParts.plain(q.response().get("value"));
        return InputParts.labelled(QuestionMessages.get(type, q.locale(), "input.yourNumber"),
                HtmlTag.of("input").attr("type", "text").attr("inputmode", "decimal").attr("name", q.field())
                        .attr("value", text).attr("maxlength", 60).attr("autocomplete", "off")
                        .attr("data-not-a-number", QuestionMessages.get(type, q.locale(), "input.notANumber")));
    }

    static Map<String, Object> read(NumericalQuestion type, QuestionInput q, FormFields form) {
        String raw = form.first(q.field());
        if (raw == null) {
            return null;
        }
        if (raw.isBlank()) {
            return Map.of();
        }
        try {
            return Map.of("value", new BigDecimal(raw.strip().replace(',', '.').replace(" ", "")).doubleValue());
        } catch (NumberFormatException e) {
            throw new UnreadableAnswerException(QuestionMessages.get(type, q.locale(), "input.notANumber"), "value");
        }
    }

    static Html review(NumericalQuestion type, ReviewInput r) {
        Object value = r.response().get("value");
        return Html.join(ReviewParts.given(QuestionMessages.get(type, r.locale(), "review.yourAnswer"),
                        value == null ? null : InputParts.plain(value), QuestionMessages.get(type, r.locale(), "review.noAnswer")),
                ReviewParts.closing(r.review()));
    }
}
