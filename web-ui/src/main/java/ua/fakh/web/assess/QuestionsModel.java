package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.BankImport;
import ua.fakh.courses.assessment.QuestionView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The question bank tab: questions by category, the last GIFT import's report, and the import form. */
public record QuestionsModel(TaughtCourse course, List<QuestionView> questions, @Nullable BankImport report,
                             String gift, @Nullable String error, Function<String, String> typeNames,
                             Map<String, String> types, @Nullable String notice) {

    public Map<String, List<QuestionView>> byCategory() {
        Map<String, List<QuestionView>> sorted = new TreeMap<>();
        questions.forEach(q -> sorted.computeIfAbsent(q.category(), c -> new java.util.ArrayList<>()).add(q));
        return new LinkedHashMap<>(sorted);
    }

    /** A type's name in the page's language, from the type's own bundle (its id when it has none). */
    public String typeName(String type) {
        return typeNames.apply(type);
    }

    /** Question texts can be long: the list shows the start. */
    public static String excerpt(String text) {
        String plain = text.replaceAll("\\s+", " ").strip();
        return plain.length() <= 160 ? plain : plain.substring(0, 157) + "…";
    }
}
