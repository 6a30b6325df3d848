package ua.fakh.courses.plugins.qtype_singlechoice;

import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.InputParts;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionMessages;
import ua.fakh.courses.spi.ReviewInput;
import ua.fakh.courses.spi.ReviewParts;

import java.util.Map;

/** The quiz pages' part of a single-choice question: one radio button per choice, field value the choice id. */
final class SingleChoicePage {

    private SingleChoicePage() {
    }

    static Html input(QuestionInput q) {
        Object chosen = q.response().get("choiceId");
        return InputParts.choices("choices", "radio", q.field(), q.items("choices"), id -> id.equals(chosen)).html();
    }

    static Map<String, Object> read(QuestionInput q, FormFields form) {
        String id = form.first(q.field());
        return id == null ? null : Map.of("choiceId", id);
    }

    static Html review(SingleChoiceQuestion type, ReviewInput r) {
        return Html.join(ReviewParts.choices(ReviewParts.items(r.review(), "choices"),
                        QuestionMessages.get(type, r.locale(), "review.correct")),
                ReviewParts.closing(r.review()));
    }
}
