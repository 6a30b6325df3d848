package ua.fakh.courses.spi;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The outcome of grading one response.
 *
 * @param score              points earned, within {@code [0, maxPoints]}
 * @param fraction           the share of the points earned, within {@code [0, 1]}
 * @param correct            fully right (fraction 1)
 * @param feedback           the trainer's feedback for the answers given (Markdown or plain text)
 * @param needsManualGrading a trainer still has to grade it; the score is 0 until then
 */
@Serdeable
public record QuestionGrade(double score, double maxPoints, double fraction, boolean correct,
                            List<String> feedback, boolean needsManualGrading) {
    private static final double FULL = 1 - 1e-9;

    public QuestionGrade {
        feedback = List.copyOf(feedback);
    }

    /** An automatic grade: {@code fraction} is clamped to [0, 1], the score rounded to 6 decimals. */
    public static QuestionGrade automatic(double fraction, double maxPoints, List<String> feedback) {
        requireMaxPoints(maxPoints);
        double clamped = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
        if (clamped >= FULL) {
            clamped = 1;
        }
        return new QuestionGrade(points(clamped * maxPoints, maxPoints), maxPoints, clamped, clamped == 1, feedback, false);
    }

    /** Nothing answered: 0 points, no feedback. */
    public static QuestionGrade unanswered(double maxPoints) {
        return automatic(0, maxPoints, List.of());
    }

    /** Waiting for a trainer: 0 points until {@link #byTrainer} replaces it. */
    public static QuestionGrade awaitingTrainer(double maxPoints) {
        requireMaxPoints(maxPoints);
        return new QuestionGrade(0, maxPoints, 0, false, List.of(), true);
    }

    /** A trainer's grade of {@code score} points (clamped to [0, maxPoints]) with an optional comment. */
    public static QuestionGrade byTrainer(double score, double maxPoints, String comment) {
        requireMaxPoints(maxPoints);
        double points = points(Double.isFinite(score) ? score : 0, maxPoints);
        double fraction = maxPoints == 0 ? 0 : points / maxPoints;
        List<String> feedback = comment == null || comment.isBlank() ? List.of() : List.of(comment.strip());
        return new QuestionGrade(points, maxPoints, fraction, maxPoints > 0 && points == maxPoints, feedback, false);
    }

    private static double points(double raw, double maxPoints) {
        double rounded = BigDecimal.valueOf(raw).setScale(6, RoundingMode.HALF_UP).doubleValue();
        return Math.max(0, Math.min(maxPoints, rounded));
    }

    private static void requireMaxPoints(double maxPoints) {
        if (!Double.isFinite(maxPoints) || maxPoints < 0) {
            throw new IllegalArgumentException("maxPoints must be a finite number of at least 0, not " + maxPoints);
        }
    }
}
