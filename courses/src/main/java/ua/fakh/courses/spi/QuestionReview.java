package ua.fakh.courses.spi;

import ua.fakh.core.plugins.Plugin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts every {@link QuestionType#reviewView} holds. */
public final class QuestionReview {

    private QuestionReview() {
    }

    /** {@code {rightAnswer?, feedback}}, ready for the type's own parts. */
    public static Map<String, Object> start(String rightAnswer, QuestionGrade grade) {
        return QuestionMaps.of("rightAnswer", rightAnswer, "feedback", grade == null ? List.of() : grade.feedback());
    }

    /**
     * "The right answer is: …" from the plugin's bundle: key {@code review.rightAnswer} for one
     * answer, {@code review.rightAnswers} for several (joined with "; ").
     */
    public static String rightAnswer(Plugin plugin, Locale locale, List<String> answers) {
        String key = answers.size() == 1 ? "review.rightAnswer" : "review.rightAnswers";
        return QuestionMessages.get(plugin, locale, key, String.join("; ", answers));
    }
}
