package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.PrePostReport;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.assessment.PrePostReports;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;

/** Withdrawn learners are left out: their scores would describe a training they did not finish. */
@Singleton
class PrePostService implements PrePostReports {
    private final Enrollments enrollments;
    private final Cohorts cohorts;
    private final AttemptRepository attempts;
    private final CourseQuizzes quizzes;
    private final AttemptQuestions json;

    PrePostService(Enrollments enrollments, Cohorts cohorts, AttemptRepository attempts, CourseQuizzes quizzes,
                   AttemptQuestions json) {
        this.enrollments = enrollments;
        this.cohorts = cohorts;
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public PrePostReport prePost(UUID courseId, @Nullable UUID cohortId, Caller trainer) {
        quizzes.requireTrainer(courseId, trainer);
        List<EnrollmentView> roster = enrollments.roster(courseId, cohortId, trainer).stream()
                .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN).toList();
        Map<UUID, LearnerGrades> grades = GradebookService.gradesOf(roster, attempts, json);
        List<PrePostReport.Learner> learners = roster.stream().map(e -> learner(e, grades.get(e.id()))).toList();
        List<PrePostReport.Means> perCohort = new ArrayList<>();
        for (CohortView cohort : cohorts.ofCourse(courseId, trainer)) {
            List<PrePostReport.Learner> members = learners.stream().filter(l -> cohort.id().equals(l.cohortId())).toList();
            if (!members.isEmpty()) {
                perCohort.add(means(cohort.id(), cohort.name(), members));
            }
        }
        List<PrePostReport.Learner> withoutCohort = learners.stream().filter(l -> l.cohortId() == null).toList();
        if (!withoutCohort.isEmpty() && !perCohort.isEmpty()) {
            perCohort.add(means(null, null, withoutCohort));
        }
        return new PrePostReport(courseId, cohortId, learners, perCohort, means(null, null, learners));
    }

    private static PrePostReport.Learner learner(EnrollmentView e, LearnerGrades g) {
        Double pre = g.meanOf(QuizSettings.Role.PRE_TEST);
        Double post = g.meanOf(QuizSettings.Role.POST_TEST);
        Double gain = pre == null || post == null ? null : LearnerGrades.round(post - pre);
        return new PrePostReport.Learner(e.id(), e.userId(), e.learnerName(), e.cohortId(), pre, post, gain,
                normalisedGain(pre, post));
    }

    /** Hake's g: the share of what there was left to learn that was learnt; undefined from a perfect start. */
    @Nullable
    static Double normalisedGain(@Nullable Double pre, @Nullable Double post) {
        if (pre == null || post == null || pre >= 100) {
            return null;
        }
        return Math.round((post - pre) / (100 - pre) * 100) / 100.0;
    }

    private static PrePostReport.Means means(@Nullable UUID cohortId, @Nullable String name, List<PrePostReport.Learner> group) {
        List<PrePostReport.Learner> both = group.stream().filter(l -> l.pre() != null && l.post() != null).toList();
        return new PrePostReport.Means(cohortId, name, group.size(), both.size(),
                mean(group, PrePostReport.Learner::pre), mean(group, PrePostReport.Learner::post),
                mean(both, PrePostReport.Learner::gain), mean(both, PrePostReport.Learner::normalisedGain));
    }

    @Nullable
    private static Double mean(List<PrePostReport.Learner> group, Function<PrePostReport.Learner, Double> value) {
        OptionalDouble mean = group.stream().map(value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).average();
        return mean.isPresent() ? Math.round(mean.getAsDouble() * 100) / 100.0 : null;
    }
}
