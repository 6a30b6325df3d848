package ua.fakh.courses.assessment.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.AttemptSummary;
import ua.fakh.courses.assessment.QuizHistory;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.assessment.QuizRecord;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Reads a learner's attempts at one quiz; only the learner's own rows, so no further ownership check is needed. */
@Singleton
class AttemptHistory implements QuizHistory {
    private final AttemptRepository attempts;
    private final AttemptService service;
    private final AttemptQuestions json;
    private final Clock clock;
    private final int graceSeconds;

    AttemptHistory(AttemptRepository attempts, AttemptService service, AttemptQuestions json, Clock clock,
                   @Value("${fakh.quiz-grace-seconds:15}") int graceSeconds) {
        this.attempts = attempts;
        this.service = service;
        this.json = json;
        this.clock = clock;
        this.graceSeconds = graceSeconds;
    }

    @Override
    public QuizRecord of(UUID quizLessonId, Caller learner) {
        List<AttemptRow> rows = attempts.findByLessonIdAndUserIdOrderByNumber(quizLessonId, learner.userId());
        boolean finishedAny = false;
        for (AttemptRow row : rows) {
            if (row.status() == AttemptStatus.IN_PROGRESS && row.deadline() != null
                    && clock.instant().isAfter(row.deadline().plusSeconds(graceSeconds))) {
                finishedAny |= service.finishIfOverdue(row.id());
            }
        }
        if (finishedAny) {
            rows = attempts.findByLessonIdAndUserIdOrderByNumber(quizLessonId, learner.userId());
        }
        List<AttemptSummary> summaries = rows.stream().map(a -> new AttemptSummary(a.id(), a.number(), a.status(),
                a.startedAt(), a.deadline(), a.submittedAt(), a.score(), a.maxScore(), a.passed())).toList();
        UUID kept = rows.isEmpty() ? null : KeptGrades.kept(rows, grading(rows)).map(AttemptRow::id).orElse(null);
        return new QuizRecord(summaries, kept);
    }

    /** The rule as the latest attempt froze it. */
    private QuizSettings.Grading grading(List<AttemptRow> rows) {
        return QuizSettings.of(json.object(rows.get(rows.size() - 1).settings())).grading();
    }
}
