package ua.fakh.courses.assessment.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.courses.assessment.PrePostScores;
import ua.fakh.courses.assessment.QuizSettings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The scores {@link PrePostService} shows one course's trainers, for many enrolments of many courses:
 * the same {@link LearnerGrades}, fed with the pre- and post-test attempts only, read in chunks so a
 * report over thousands of learners stays within any database's limit of query parameters.
 */
@Singleton
class PrePostScoreService implements PrePostScores {
    private static final int CHUNK = 1000;
    private static final List<String> ROLES = List.of(QuizSettings.Role.PRE_TEST.name(), QuizSettings.Role.POST_TEST.name());

    private final AttemptRepository attempts;
    private final AttemptQuestions json;
    private final PreTestTallies tallies;

    PrePostScoreService(AttemptRepository attempts, AttemptQuestions json, PreTestTallies tallies) {
        this.attempts = attempts;
        this.json = json;
        this.tallies = tallies;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Scores> scores(Collection<UUID> enrollmentIds) {
        Map<UUID, Scores> scores = new HashMap<>();
        grades(enrollmentIds).forEach((enrollment, g) -> {
            Double pre = g.meanOf(QuizSettings.Role.PRE_TEST);
            Double post = g.meanOf(QuizSettings.Role.POST_TEST);
            if (pre != null || post != null) {
                scores.put(enrollment, new Scores(pre, post, PrePostService.normalisedGain(pre, post)));
            }
        });
        return scores;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuestionTally> preTestQuestions(Collection<UUID> enrollmentIds) {
        List<AttemptRow> kept = new ArrayList<>();
        grades(enrollmentIds).values().forEach(g -> kept.addAll(g.keptAttemptsOf(QuizSettings.Role.PRE_TEST)));
        return tallies.of(kept);
    }

    private Map<UUID, LearnerGrades> grades(Collection<UUID> enrollmentIds) {
        List<UUID> ids = List.copyOf(enrollmentIds);
        Map<UUID, LearnerGrades> grades = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            attempts.findByEnrollmentIdInAndRoleIn(ids.subList(from, Math.min(ids.size(), from + CHUNK)), ROLES).stream()
                    .collect(Collectors.groupingBy(AttemptRow::enrollmentId))
                    .forEach((enrollment, rows) -> grades.put(enrollment, LearnerGrades.of(rows, json)));
        }
        return grades;
    }
}
