package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.assessment.EssayToGrade;

import java.util.List;

/**
 * The grading tab: the essays waiting, the attempt just graded (its new result), and a refused
 * grade's reason next to its answer.
 */
public record GradingModel(TaughtCourse course, List<EssayToGrade> queue, @Nullable AttemptView graded,
                           @Nullable String failedKey, @Nullable String error) {

    public static String key(EssayToGrade essay) {
        return essay.attemptId() + "-" + essay.questionId();
    }

    public static String points(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
