package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.AttemptSummary;
import ua.fakh.courses.assessment.QuizHistory;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.assessment.QuizRecord;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads a learner's attempts at one quiz; only the learner's own rows, so no further ownership check is needed. */
@Singleton
class AttemptHistory implements QuizHistory {
    private final AttemptRepository attempts;
    private final AttemptService service;
    private final AnswerRepository answers;
    private final AttemptQuestions json;
    private final LateAnswers lateAnswers;

    AttemptHistory(AttemptRepository attempts, AttemptService service, AnswerRepository answers, AttemptQuestions json,
                   LateAnswers lateAnswers) {
        this.attempts = attempts;
        this.service = service;
        this.answers = answers;
        this.json = json;
        this.lateAnswers = lateAnswers;
    }

    @Override
    public QuizRecord of(UUID quizLessonId, Caller learner) {
        List<AttemptRow> rows = attempts.findByLessonIdAndUserIdOrderByNumber(quizLessonId, learner.userId());
        boolean finishedAny = false;
        for (AttemptRow row : rows) {
            if (row.status() == AttemptStatus.IN_PROGRESS && lateAnswers.isOverdue(row)) { // an offline one waits for its replay
                finishedAny |= service.finishIfOverdue(row.id());
            }
        }
        if (finishedAny) {
            rows = attempts.findByLessonIdAndUserIdOrderByNumber(quizLessonId, learner.userId());
        }
        Map<UUID, Long> late = rows.isEmpty() ? Map.of() : answers.findByAttemptIdIn(rows.stream().map(AttemptRow::id).toList())
                .stream().filter(AnswerRow::late).collect(Collectors.groupingBy(AnswerRow::attemptId, Collectors.counting()));
        List<AttemptSummary> summaries = rows.stream().map(a -> new AttemptSummary(a.id(), a.number(), a.status(),
                a.startedAt(), a.deadline(), a.submittedAt(), a.score(), a.maxScore(), a.passed(), a.offline(),
                late.getOrDefault(a.id(), 0L).intValue())).toList();
        UUID kept = rows.isEmpty() ? null : KeptGrades.kept(rows, grading(rows)).map(AttemptRow::id).orElse(null);
        return new QuizRecord(summaries, kept);
    }

    /** The rule as the latest attempt froze it. */
    private QuizSettings.Grading grading(List<AttemptRow> rows) {
        return QuizSettings.of(json.object(rows.get(rows.size() - 1).settings())).grading();
    }
}
