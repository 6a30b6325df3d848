package ua.fakh.courses.plugins.qtype_matching;

import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.HtmlTag;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionMessages;
import ua.fakh.courses.spi.ReviewInput;
import ua.fakh.courses.spi.ReviewParts;

import java.util.LinkedHashMap;
import java.util.Map;

/** The quiz pages' part of a matching question: per left-hand item a labelled list of the right-hand ones, named {@code <field>.<leftId>}. */
final class MatchingPage {

    private MatchingPage() {
    }

    static Html input(MatchingQuestion type, QuestionInput q) {
        Map<?, ?> pairs = q.response().get("pairs") instanceof Map<?, ?> given ? given : Map.of();
        HtmlTag table = HtmlTag.of("table").cls("matching");
        for (Map<String, Object> left : q.items("left")) {
            String leftId = String.valueOf(left.get("id"));
            String id = "m-" + q.questionId() + "-" + leftId;
            HtmlTag select = HtmlTag.of("select").attr("id", id).attr("name", q.field() + "." + leftId)
                    .add(HtmlTag.of("option").attr("value", "").text(QuestionMessages.get(type, q.locale(), "input.choose")));
            for (Map<String, Object> right : q.items("right")) {
                String rightId = String.valueOf(right.get("id"));
                select.add(HtmlTag.of("option").attr("value", rightId).flag("selected", rightId.equals(pairs.get(leftId)))
                        .text(String.valueOf(right.get("text"))));
            }
            table.add(HtmlTag.of("tr")
                    .add(HtmlTag.of("th").attr("scope", "row").add(HtmlTag.of("label").attr("for", id).text(String.valueOf(left.get("text")))))
                    .add(HtmlTag.of("td").add(select)));
        }
        return table.html();
    }

    static Map<String, Object> read(QuestionInput q, FormFields form) {
        Map<String, Object> pairs = new LinkedHashMap<>();
        boolean any = false;
        for (Map<String, Object> left : q.items("left")) {
            String leftId = String.valueOf(left.get("id"));
            String right = form.first(q.field() + "." + leftId);
            any |= right != null;
            if (right != null && !right.isBlank()) {
                pairs.put(leftId, right);
            }
        }
        return any ? Map.of("pairs", pairs) : null;
    }

    static Html review(ReviewInput r) {
        return Html.join(ReviewParts.pairs(ReviewParts.items(r.review(), "pairs")), ReviewParts.closing(r.review()));
    }
}
