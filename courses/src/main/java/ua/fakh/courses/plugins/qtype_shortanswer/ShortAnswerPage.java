package ua.fakh.courses.plugins.qtype_shortanswer;

import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.HtmlTag;
import ua.fakh.courses.spi.InputParts;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionMessages;
import ua.fakh.courses.spi.ReviewInput;
import ua.fakh.courses.spi.ReviewParts;

import java.util.Map;

/** The quiz pages' part of a short-answer question: one line of text. */
final class ShortAnswerPage {

    private ShortAnswerPage() {
    }

    static Html input(ShortAnswerQuestion type, QuestionInput q) {
        String text = q.typed() != null ? q.typed() : InputParts.plain(q.response().get("text"));
        return InputParts.labelled(QuestionMessages.get(type, q.locale(), "input.yourAnswer"),
                HtmlTag.of("input").attr("type", "text").attr("name", q.field()).attr("value", text)
                        .attr("maxlength", 2000).attr("autocomplete", "off"));
    }

    static Map<String, Object> read(QuestionInput q, FormFields form) {
        String text = form.first(q.field());
        return text == null ? null : Map.of("text", text);
    }

    static Html review(ShortAnswerQuestion type, ReviewInput r) {
        return Html.join(ReviewParts.given(QuestionMessages.get(type, r.locale(), "review.yourAnswer"),
                        QuestionMaps.text(r.response(), "text"), QuestionMessages.get(type, r.locale(), "review.noAnswer")),
                ReviewParts.closing(r.review()));
    }
}
