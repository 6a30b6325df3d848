package ua.fakh.web.assess;

import jakarta.inject.Singleton;
import ua.fakh.courses.assessment.QuestionTypes;
import ua.fakh.courses.assessment.QuestionView;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionNumbers;
import ua.fakh.courses.spi.QuestionRejectedException;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.ReviewInput;
import ua.fakh.courses.spi.QuestionTextFormat;
import ua.fakh.web.page.PageContext;

import java.util.HashMap;
import java.util.Map;

/**
 * A question previewed as a learner: the type renders its inputs from its learner view, reads the
 * answer back, grades it and renders its review, as in an attempt — all in memory, never an attempt,
 * answer or grade row. Choices keep one order (a fixed seed), so "check" shows what was answered.
 */
@Singleton
class QuestionPreviews {
    static final String FIELD = "a.preview";
    private static final long SEED = 1;
    private static final double POINTS = 1;

    private final QuestionTypes types;

    QuestionPreviews(QuestionTypes types) {
        this.types = types;
    }

    QuestionPreviewModel preview(TaughtCourse course, QuestionView question, PageContext ctx) {
        QuestionType type = types.type(question.type());
        Map<String, Object> view = view(type, question);
        return new QuestionPreviewModel(course, question, types.name(question.type(), ctx.locale()), textHtml(question),
                type.renderInput(new QuestionInput(view, Map.of(), FIELD, ctx.locale(), null)), null, null, null);
    }

    QuestionPreviewModel check(TaughtCourse course, QuestionView question, Map<String, Object> body, PageContext ctx) {
        QuestionType type = types.type(question.type());
        Map<String, Object> view = view(type, question);
        QuestionInput blank = new QuestionInput(view, Map.of(), FIELD, ctx.locale(), null);
        Map<String, Object> response;
        try {
            Map<String, Object> read = type.readResponse(blank, FormFields.of(body).under(FIELD));
            response = type.validateResponse(question.definition(), read == null ? Map.of() : read);
        } catch (QuestionRejectedException unreadable) { // an UnreadableAnswerException among them
            String typed = FormFields.of(body).first(FIELD);
            return new QuestionPreviewModel(course, question, types.name(question.type(), ctx.locale()), textHtml(question),
                    type.renderInput(new QuestionInput(view, Map.of(), FIELD, ctx.locale(), typed)), null, null,
                    ctx.t("assessment.preview.unreadable"));
        }
        QuestionGrade grade = type.grade(question.definition(), response, POINTS);
        Map<String, Object> review = new HashMap<>(type.reviewView(question.definition(), response, grade, ctx.locale()));
        review.put("questionId", view.get("id"));
        review.put("score", grade.score());
        Html reviewHtml = type.renderReview(new ReviewInput(view, response, review, ctx.locale()));
        String score = grade.needsManualGrading() ? ctx.t("assessment.preview.byTrainer")
                : ctx.t("assessment.preview.score", QuestionNumbers.format(grade.score(), ctx.locale()),
                QuestionNumbers.format(POINTS, ctx.locale()));
        return new QuestionPreviewModel(course, question, types.name(question.type(), ctx.locale()), textHtml(question),
                type.renderInput(new QuestionInput(view, response, FIELD, ctx.locale(), null)), reviewHtml, score, null);
    }

    private static Map<String, Object> view(QuestionType type, QuestionView question) {
        Map<String, Object> view = new HashMap<>(type.learnerView(question.definition(), SEED, true));
        view.put("id", "preview");
        view.put("type", question.type());
        view.put("text", textHtml(question));
        view.put("points", POINTS);
        return view;
    }

    private static String textHtml(QuestionView question) {
        return QuestionTextFormat.html(question.text(), question.textFormat());
    }
}
