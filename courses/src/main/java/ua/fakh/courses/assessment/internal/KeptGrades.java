package ua.fakh.courses.assessment.internal;

import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.QuizSettings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a learner's attempts at one quiz counts: the highest or the last graded one, as the
 * quiz's {@code grading} setting says. Attempts still waiting for an essay's grade never count.
 */
final class KeptGrades {
    private KeptGrades() {
    }

    /** {@code attempts} of one learner at one quiz, in any order. */
    static Optional<AttemptRow> kept(List<AttemptRow> attempts, QuizSettings.Grading grading) {
        var graded = attempts.stream().filter(a -> a.status() == AttemptStatus.GRADED && a.score() != null);
        return grading == QuizSettings.Grading.LAST
                ? graded.max(Comparator.comparingInt(AttemptRow::number))
                : graded.max(Comparator.comparingDouble(KeptGrades::percent).thenComparingInt(AttemptRow::number));
    }

    static double percent(AttemptRow attempt) {
        return attempt.maxScore() == 0 ? 100 : attempt.score() * 100 / attempt.maxScore();
    }
}
