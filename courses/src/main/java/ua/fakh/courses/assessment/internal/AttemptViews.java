package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.QuestionTextFormat;
import ua.fakh.courses.spi.SafeHtml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the learner sees of an attempt: questions through their type's learner view (no keys), the
 * saved answers, and — only once the quiz's {@code showAnswers} rule allows it — the review.
 */
@Singleton
class AttemptViews {
    private final AnswerRepository answers;
    private final QuestionPlugins plugins;
    private final AttemptQuestions json;
    private final OfflineWindowTokens tokens;

    AttemptViews(AnswerRepository answers, QuestionPlugins plugins, AttemptQuestions json, OfflineWindowTokens tokens) {
        this.answers = answers;
        this.plugins = plugins;
        this.json = json;
        this.tokens = tokens;
    }

    /** {@code owner}: the learner whose attempt it is, the only one given an offline window's token. */
    AttemptView view(AttemptRow attempt, Locale locale, boolean trainer, boolean owner) {
        List<FrozenQuestion> frozen = json.questions(attempt);
        List<Map<String, Object>> shown = new ArrayList<>();
        for (int i = 0; i < frozen.size(); i++) {
            shown.add(questionView(attempt, frozen, i));
        }
        Map<java.util.UUID, AnswerRow> saved = answers.findByAttemptId(attempt.id()).stream()
                .collect(Collectors.toMap(AnswerRow::questionId, a -> a));
        List<AttemptView.Answer> given = saved.values().stream().map(a -> new AttemptView.Answer(a.questionId(),
                json.object(a.response()), a.seq(), attempt.status() == AttemptStatus.IN_PROGRESS ? null : a.score(), a.madeAt(),
                a.late())).toList();
        List<Map<String, Object>> review = mayReview(attempt, trainer) ? review(frozen, saved, locale) : null;
        return new AttemptView(attempt.id(), attempt.lessonId(), attempt.number(), attempt.status(), attempt.deadline(), shown,
                given, attempt.score(), attempt.maxScore(), attempt.passed(), review, attempt.offline(), attempt.offlineGrantedAt(),
                attempt.offline() && owner ? tokens.token(attempt) : null,
                QuizSettings.of(json.object(attempt.settings())).timeLimitSeconds());
    }

    /** The {@code index}th question as the learner sees it: the type's view (same seed, same order) and its id, type, text, points. */
    Map<String, Object> questionView(AttemptRow attempt, List<FrozenQuestion> frozen, int index) {
        FrozenQuestion q = frozen.get(index);
        boolean shuffle = QuizSettings.of(json.object(attempt.settings())).shuffle();
        Map<String, Object> view = new LinkedHashMap<>(plugins.type(q.type()).learnerView(q.definition(), attempt.seed() + index, shuffle));
        view.put("id", q.id().toString());
        view.put("type", q.type());
        view.put("text", QuestionTextFormat.html(q.text(), q.textFormat()));
        view.put("points", q.points());
        return view;
    }

    private boolean mayReview(AttemptRow attempt, boolean trainer) {
        if (attempt.status() == AttemptStatus.IN_PROGRESS) {
            return false;
        }
        if (trainer) {
            return true;
        }
        return QuizSettings.of(json.object(attempt.settings())).reviewShown(Boolean.TRUE.equals(attempt.passed()));
    }

    private List<Map<String, Object>> review(List<FrozenQuestion> frozen, Map<java.util.UUID, AnswerRow> saved, Locale locale) {
        List<Map<String, Object>> review = new ArrayList<>();
        for (FrozenQuestion q : frozen) {
            QuestionType type = plugins.type(q.type());
            AnswerRow a = saved.get(q.id());
            Map<String, Object> response = a == null ? Map.of() : json.object(a.response());
            QuestionGrade grade = type.grade(q.definition(), response, q.points());
            Map<String, Object> item = new LinkedHashMap<>(type.reviewView(q.definition(), response, grade, locale));
            item.put("questionId", q.id().toString());
            item.put("score", a == null || a.score() == null ? grade.score() : a.score());
            review.add(item);
        }
        return review;
    }

    Map<String, Object> definition(QuestionRow q) {
        return json.object(q.definition());
    }
}
