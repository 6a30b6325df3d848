package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pieces most reviews are made of, with the markup and class names the result page styles:
 * a list of choices marked chosen and right, a list of pairs, the learner's answer in words, and
 * the closing status, right answer and feedback every review carries.
 */
public final class ReviewParts {

    private ReviewParts() {
    }

    /** {@code choices[{text, correct, selected}]} of a review: ☑ chosen, ☐ not, and {@code correctWord} beside the right ones. */
    public static Html choices(List<Map<String, Object>> choices, String correctWord) {
        HtmlTag list = HtmlTag.of("ul").cls("review-choices");
        for (Map<String, Object> choice : choices) {
            boolean correct = Boolean.TRUE.equals(choice.get("correct"));
            HtmlTag item = HtmlTag.of("li").attr("class", correct ? "correct" : null)
                    .text((Boolean.TRUE.equals(choice.get("selected")) ? "☑ " : "☐ ") + choice.get("text"));
            if (correct) {
                item.text(" ").add(HtmlTag.of("span").cls("tag").text(correctWord));
            }
            list.add(item);
        }
        return list.html();
    }

    /** {@code pairs[{left, given, correct}]} of a review: "left → given", or "—" where nothing was chosen. */
    public static Html pairs(List<Map<String, Object>> pairs) {
        HtmlTag list = HtmlTag.of("ul").cls("review-pairs");
        for (Map<String, Object> pair : pairs) {
            Object given = pair.get("given");
            list.add(HtmlTag.of("li").cls(Boolean.TRUE.equals(pair.get("correct")) ? "correct" : "wrong")
                    .text(pair.get("left") + " → " + (given == null ? "—" : given)));
        }
        return list.html();
    }

    /** "Your answer: …", or "Your answer: no answer" when {@code answer} is null or blank. */
    public static Html given(String label, @Nullable String answer, String noAnswer) {
        return HtmlTag.of("p").cls("given").text(label + ": " + (answer == null || answer.isBlank() ? noAnswer : answer)).html();
    }

    /** What closes every review: its {@code status} (waiting for a trainer), {@code rightAnswer} and {@code feedback}. */
    public static Html closing(Map<String, Object> review) {
        List<Html> parts = new ArrayList<>();
        if (review.get("status") != null) {
            parts.add(HtmlTag.of("p").cls("tag waiting").text(String.valueOf(review.get("status"))).html());
        }
        if (review.get("rightAnswer") != null) {
            parts.add(HtmlTag.of("p").cls("right-answer").text(String.valueOf(review.get("rightAnswer"))).html());
        }
        if (review.get("feedback") instanceof List<?> feedback) {
            feedback.stream().map(String::valueOf).filter(f -> !f.isBlank())
                    .forEach(f -> parts.add(HtmlTag.of("p").cls("feedback").text(f).html()));
        }
        return Html.join(parts);
    }

    /** Items of a list in a review ({@code choices}, {@code pairs}). */
    public static List<Map<String, Object>> items(Map<String, Object> review, String key) {
        return QuestionMaps.objects(review, key);
    }
}
