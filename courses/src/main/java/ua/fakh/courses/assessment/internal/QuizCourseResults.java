package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.courses.enrollment.CourseResults;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A course result from its quizzes: each graded quiz or post-test weighs the same whatever its
 * points (a 5-question check and a 40-question exam are one grade each, as trainers grade);
 * pre-tests measure the start, not the result, and are left out.
 */
@Singleton
class QuizCourseResults implements CourseResults {
    private final AttemptRepository attempts;
    private final AttemptQuestions json;

    QuizCourseResults(AttemptRepository attempts, AttemptQuestions json) {
        this.attempts = attempts;
        this.json = json;
    }

    @Override
    @Nullable
    public Double resultPercent(UUID enrollmentId) {
        Map<UUID, List<AttemptRow>> byQuiz = attempts.findByEnrollmentId(enrollmentId).stream()
                .filter(a -> !"PRE_TEST".equals(a.role()))
                .collect(Collectors.groupingBy(AttemptRow::lessonId));
        OptionalDouble mean = byQuiz.values().stream()
                .flatMap(quiz -> KeptGrades.kept(quiz, grading(quiz)).stream())
                .mapToDouble(KeptGrades::percent)
                .average();
        return mean.isPresent() ? Math.round(mean.getAsDouble() * 10) / 10.0 : null;
    }

    /** The rule of the quiz as the latest attempt saw it (settings are frozen per attempt). */
    private String grading(List<AttemptRow> quiz) {
        AttemptRow latest = quiz.stream().max(java.util.Comparator.comparingInt(AttemptRow::number)).orElseThrow();
        return String.valueOf(json.object(latest.settings()).getOrDefault("grading", "HIGHEST"));
    }
}
