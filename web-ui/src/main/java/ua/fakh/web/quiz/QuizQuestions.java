package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.assessment.QuestionTypes;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.ReviewInput;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The questions of an attempt as the quiz pages show them: each question's type renders its inputs
 * and its review; the pages only place them. No type is known here by name.
 */
@Singleton
class QuizQuestions {
    private final QuestionTypes types;

    QuizQuestions(QuestionTypes types) {
        this.types = types;
    }

    /** {@code typed} and {@code errors}: what came back refused from the form, by question id. */
    List<QuizQuestion> of(AttemptView attempt, Locale locale, Map<String, String> typed, Map<String, String> errors) {
        Map<UUID, AttemptView.Answer> answers = answers(attempt);
        List<QuizQuestion> questions = new ArrayList<>();
        for (int i = 0; i < attempt.questions().size(); i++) {
            Map<String, Object> view = attempt.questions().get(i);
            String id = String.valueOf(view.get("id"));
            AttemptView.Answer answer = answers.get(UUID.fromString(id));
            Map<String, Object> response = answer == null ? Map.of() : answer.response();
            QuestionInput input = new QuestionInput(view, response, field(id), locale, typed.get(id));
            questions.add(new QuizQuestion(i + 1, id, type(view), String.valueOf(view.get("text")),
                    ((Number) view.get("points")).doubleValue(), types.type(type(view)).renderInput(input),
                    answer == null ? 0 : answer.seq(), answered(response), errors.get(id)));
        }
        return questions;
    }

    /** Each question's review by question id, when the attempt carries one. */
    Map<String, Html> reviews(AttemptView attempt, Locale locale) {
        if (attempt.review() == null) {
            return Map.of();
        }
        Map<UUID, AttemptView.Answer> answers = answers(attempt);
        Map<String, Map<String, Object>> views = attempt.questions().stream()
                .collect(Collectors.toMap(v -> String.valueOf(v.get("id")), Function.identity()));
        return attempt.review().stream().collect(Collectors.toMap(r -> String.valueOf(r.get("questionId")), r -> {
            String id = String.valueOf(r.get("questionId"));
            AttemptView.Answer answer = answers.get(UUID.fromString(id));
            Map<String, Object> view = views.getOrDefault(id, Map.of());
            return types.type(type(view)).renderReview(new ReviewInput(view, answer == null ? Map.of() : answer.response(),
                    r, locale));
        }));
    }

    /** The scripts the attempt's question types bring, each once. */
    List<String> scripts(AttemptView attempt) {
        Set<String> scripts = new LinkedHashSet<>();
        attempt.questions().stream().map(QuizQuestions::type).distinct().map(types::type)
                .map(QuestionType::script).forEach(s -> s.ifPresent(path -> scripts.add("/static/" + path)));
        return List.copyOf(scripts);
    }

    static String field(String questionId) {
        return "a." + questionId;
    }

    private static String type(Map<String, Object> view) {
        return String.valueOf(view.get("type"));
    }

    private static Map<UUID, AttemptView.Answer> answers(AttemptView attempt) {
        return attempt.answers().stream().collect(Collectors.toMap(AttemptView.Answer::questionId, Function.identity()));
    }

    /** Whether a saved response holds anything: a value that is not blank, an empty list or an empty map. */
    private static boolean answered(@Nullable Map<String, Object> response) {
        return response != null && response.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()
                && !v.toString().equals("[]") && !v.toString().equals("{}"));
    }
}
