package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.courses.assessment.AttemptResult;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.courses.spi.QuestionGrade;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ends an attempt: grades every frozen question with its answer (none scores 0), keeps the attempt
 * SUBMITTED while an answered essay waits for its trainer, else GRADED with pass or fail. A passed
 * quiz (or any taken pre-test) counts as its lesson done. Runs in the caller's transaction with the
 * attempt row locked, so it happens once.
 */
@Singleton
class AttemptGrading {
    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final QuestionPlugins plugins;
    private final AttemptQuestions json;
    private final Enrollments enrollments;
    private final Clock clock;

    AttemptGrading(AttemptRepository attempts, AnswerRepository answers, QuestionPlugins plugins, AttemptQuestions json,
                   Enrollments enrollments, Clock clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.plugins = plugins;
        this.json = json;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    AttemptResult finish(AttemptRow attempt) {
        Map<UUID, AnswerRow> given = answers.findByAttemptId(attempt.id()).stream()
                .collect(Collectors.toMap(AnswerRow::questionId, a -> a));
        boolean waiting = false;
        double score = 0;
        for (FrozenQuestion q : json.questions(attempt.questions())) {
            AnswerRow answer = given.get(q.id());
            Map<String, Object> response = answer == null ? Map.of() : json.object(answer.response());
            QuestionGrade grade = plugins.type(q.type()).grade(q.definition(), response, q.points());
            if (answer != null) {
                answers.grade(attempt.id(), q.id(), grade.score(), String.join("\n", grade.feedback()), null);
            }
            waiting |= grade.needsManualGrading();
            score += grade.score();
        }
        return settle(attempt, score, waiting);
    }

    /**
     * After an answer arrived late to a submitted attempt: grades that answer as {@link #finish} would (an
     * essay waits for its trainer again) and totals the attempt anew, keeping the trainers' other grades.
     */
    AttemptResult lateAnswer(AttemptRow attempt, UUID questionId) {
        FrozenQuestion q = json.questions(attempt.questions()).stream().filter(f -> f.id().equals(questionId)).findFirst()
                .orElseThrow();
        AnswerRow answer = answers.findByAttemptIdAndQuestionId(attempt.id(), questionId).orElseThrow();
        QuestionGrade grade = plugins.type(q.type()).grade(q.definition(), json.object(answer.response()), q.points());
        answers.grade(attempt.id(), questionId, grade.score(), String.join("\n", grade.feedback()), null);
        return regrade(attempt);
    }

    /** After a trainer's grade: total the stored scores; final when no answered essay is ungraded. */
    AttemptResult regrade(AttemptRow attempt) {
        List<AnswerRow> all = answers.findByAttemptId(attempt.id());
        boolean waiting = all.stream().anyMatch(a -> a.score() == null || isUngradedEssay(attempt, a));
        double score = all.stream().mapToDouble(a -> a.score() == null ? 0 : a.score()).sum();
        return settle(attempt, score, waiting);
    }

    private boolean isUngradedEssay(AttemptRow attempt, AnswerRow answer) {
        return answer.gradedBy() == null && json.questions(attempt.questions()).stream()
                .anyMatch(q -> q.id().equals(answer.questionId()) && !plugins.type(q.type()).autoGraded()
                        && !json.object(answer.response()).isEmpty());
    }

    private AttemptResult settle(AttemptRow attempt, double score, boolean waiting) {
        QuizSettings settings = QuizSettings.of(json.object(attempt.settings()));
        Boolean passed = waiting ? null : attempt.maxScore() == 0 || settings.passes(score * 100 / attempt.maxScore());
        AttemptStatus status = waiting ? AttemptStatus.SUBMITTED : AttemptStatus.GRADED;
        attempts.update(attempt.finished(status, clock.instant(), score, passed));
        if (status == AttemptStatus.GRADED && (Boolean.TRUE.equals(passed) || QuizSettings.Role.PRE_TEST.name().equals(attempt.role()))) {
            enrollments.lessonPassed(attempt.courseId(), attempt.userId(), attempt.lessonId());
        }
        return new AttemptResult(score, attempt.maxScore(), passed, status);
    }

    /**
     * Ends an attempt whose time (and, offline, the time for its replay) is over: an offline window in which
     * nothing was answered is withdrawn, using up no attempt; any other attempt is finished.
     */
    void endOverdue(AttemptRow attempt) {
        if (attempt.offline() && answers.findByAttemptId(attempt.id()).isEmpty()) {
            attempts.deleteById(attempt.id());
        } else {
            finish(attempt);
        }
    }

    static Optional<AttemptResult> stored(AttemptRow attempt) {
        if (attempt.status() == AttemptStatus.IN_PROGRESS) {
            return Optional.empty();
        }
        return Optional.of(new AttemptResult(attempt.score() == null ? 0 : attempt.score(), attempt.maxScore(),
                attempt.passed(), attempt.status()));
    }
}
