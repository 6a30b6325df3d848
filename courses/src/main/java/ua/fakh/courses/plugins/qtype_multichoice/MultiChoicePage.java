package ua.fakh.courses.plugins.qtype_multichoice;

import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.HtmlTag;
import ua.fakh.courses.spi.InputParts;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionMessages;
import ua.fakh.courses.spi.ReviewInput;
import ua.fakh.courses.spi.ReviewParts;

import java.util.List;
import java.util.Map;

/**
 * The quiz pages' part of a multiple-choice question: a check box per choice. Unticked boxes send
 * nothing, so a hidden {@code <field>.none} tells "none ticked" from "not on this form".
 */
final class MultiChoicePage {

    private MultiChoicePage() {
    }

    static Html input(MultiChoiceQuestion type, QuestionInput q) {
        List<?> chosen = q.response().get("choiceIds") instanceof List<?> ids ? ids : List.of();
        return Html.join(HtmlTag.of("p").cls("hint").text(QuestionMessages.get(type, q.locale(), "input.several")).html(),
                HtmlTag.of("input").attr("type", "hidden").attr("name", q.field() + ".none").attr("value", "").html(),
                InputParts.choices("choices", "checkbox", q.field(), q.items("choices"), chosen::contains).html());
    }

    static Map<String, Object> read(QuestionInput q, FormFields form) {
        List<String> ids = form.all(q.field());
        if (ids.isEmpty() && !form.has(q.field() + ".none")) {
            return null;
        }
        return Map.of("choiceIds", ids.stream().filter(s -> !s.isBlank()).toList());
    }

    static Html review(MultiChoiceQuestion type, ReviewInput r) {
        return Html.join(ReviewParts.choices(ReviewParts.items(r.review(), "choices"),
                        QuestionMessages.get(type, r.locale(), "review.correct")),
                ReviewParts.closing(r.review()));
    }
}
