package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.QuizSettings;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One learner's quizzes in one course: per quiz lesson the kept grade (percent) and how many
 * attempts there were, with the role each quiz had. Built from the learner's attempts alone, so a
 * gradebook reads every attempt of a course once and splits them by enrollment.
 */
final class LearnerGrades {
    private final Map<UUID, Double> kept = new HashMap<>();
    private final Map<UUID, AttemptRow> keptAttempts = new HashMap<>();
    private final Map<UUID, Integer> attempts = new HashMap<>();
    private final Map<UUID, Integer> offline = new HashMap<>();
    private final Map<UUID, String> roles = new HashMap<>();

    private LearnerGrades() {
    }

    /** {@code ofOneEnrollment}: every attempt of one enrollment, in any order. */
    static LearnerGrades of(List<AttemptRow> ofOneEnrollment, AttemptQuestions json) {
        LearnerGrades grades = new LearnerGrades();
        ofOneEnrollment.stream().collect(Collectors.groupingBy(AttemptRow::lessonId)).forEach((lesson, quiz) -> {
            AttemptRow latest = quiz.stream().max(Comparator.comparingInt(AttemptRow::number)).orElseThrow();
            // the rule as the latest attempt saw it: settings are frozen per attempt
            QuizSettings.Grading grading = QuizSettings.of(json.object(latest.settings())).grading();
            grades.attempts.put(lesson, quiz.size());
            grades.offline.put(lesson, (int) quiz.stream().filter(AttemptRow::offline).count());
            grades.roles.put(lesson, latest.role());
            KeptGrades.kept(quiz, grading).ifPresent(a -> {
                grades.kept.put(lesson, KeptGrades.percent(a));
                grades.keptAttempts.put(lesson, a);
            });
        });
        return grades;
    }

    @Nullable
    Double percent(UUID lessonId) {
        Double value = kept.get(lessonId);
        return value == null ? null : round(value);
    }

    int attempts(UUID lessonId) {
        return attempts.getOrDefault(lessonId, 0);
    }

    /** How many of the attempts were taken offline. */
    int offlineAttempts(UUID lessonId) {
        return offline.getOrDefault(lessonId, 0);
    }

    /** The course result: graded quizzes and post-tests weigh one each; pre-tests measure the start and are left out. */
    @Nullable
    Double result() {
        return mean(kept.entrySet().stream().filter(e -> !QuizSettings.Role.PRE_TEST.name().equals(roles.get(e.getKey())))
                .mapToDouble(Map.Entry::getValue).average());
    }

    /** The mean kept grade of the quizzes that had {@code role}. */
    @Nullable
    Double meanOf(QuizSettings.Role role) {
        return mean(kept.entrySet().stream().filter(e -> role.name().equals(roles.get(e.getKey())))
                .mapToDouble(Map.Entry::getValue).average());
    }

    /** The attempts that count, one per quiz that had {@code role} and has a graded attempt. */
    List<AttemptRow> keptAttemptsOf(QuizSettings.Role role) {
        return keptAttempts.entrySet().stream().filter(e -> role.name().equals(roles.get(e.getKey())))
                .map(Map.Entry::getValue).toList();
    }

    @Nullable
    private static Double mean(OptionalDouble value) {
        return value.isPresent() ? round(value.getAsDouble()) : null;
    }

    static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }
}
