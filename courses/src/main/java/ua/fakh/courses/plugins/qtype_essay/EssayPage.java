package ua.fakh.courses.plugins.qtype_essay;

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

/**
 * The quiz pages' part of an essay: a text area, started with the trainer's template when there is
 * one, and the word limits as a hint. A template sent back untouched is no answer (and must not
 * wait for a trainer).
 */
final class EssayPage {

    private EssayPage() {
    }

    static Html input(EssayQuestion type, QuestionInput q) {
        Object min = q.view().get("minWords");
        Object max = q.view().get("maxWords");
        Html hint = min == null && max == null ? Html.EMPTY : HtmlTag.of("p").cls("hint")
                .text(QuestionMessages.get(type, q.locale(), "input.words", min == null ? "—" : min, max == null ? "—" : max)).html();
        String text = q.typed() != null ? q.typed() : InputParts.plain(q.response().get("text"));
        Object template = q.view().get("responseTemplate");
        if (text.isEmpty() && template != null) {
            text = String.valueOf(template);
        }
        return Html.join(hint, InputParts.labelled(QuestionMessages.get(type, q.locale(), "input.yourAnswer"),
                HtmlTag.of("textarea").attr("name", q.field()).attr("rows", 8).attr("maxlength", 20000).text(text)));
    }

    static Map<String, Object> read(QuestionInput q, FormFields form) {
        String text = form.first(q.field());
        Object template = q.view().get("responseTemplate");
        if (text == null || template != null && normalised(text).equals(normalised(String.valueOf(template)))) {
            return null;
        }
        return Map.of("text", text);
    }

    static Html review(EssayQuestion type, ReviewInput r) {
        return Html.join(ReviewParts.given(QuestionMessages.get(type, r.locale(), "review.yourAnswer"),
                        QuestionMaps.text(r.response(), "text"), QuestionMessages.get(type, r.locale(), "review.noAnswer")),
                ReviewParts.closing(r.review()));
    }

    private static String normalised(String text) {
        return text.replace("\r\n", "\n").strip();
    }
}
