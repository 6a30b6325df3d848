package ua.fakh.courses.assessment.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.EssayToGrade;
import ua.fakh.courses.assessment.Gradebook;
import ua.fakh.courses.assessment.GradingQueue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The essays of SUBMITTED attempts that no trainer has graded yet. Only answered, manually graded
 * questions wait (an empty essay scores 0 by itself); graded answers leave the queue at once.
 */
@Singleton
class GradingQueueService implements GradingQueue {
    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final QuestionPlugins plugins;
    private final CourseQuizzes quizzes;
    private final AttemptQuestions json;
    private final Users users;

    GradingQueueService(AttemptRepository attempts, AnswerRepository answers, QuestionPlugins plugins,
                        CourseQuizzes quizzes, AttemptQuestions json, Users users) {
        this.attempts = attempts;
        this.answers = answers;
        this.plugins = plugins;
        this.quizzes = quizzes;
        this.json = json;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EssayToGrade> waiting(UUID courseId, Caller trainer) {
        quizzes.requireTrainer(courseId, trainer);
        List<AttemptRow> submitted = attempts.findByCourseIdAndStatusOrderBySubmittedAt(courseId, AttemptStatus.SUBMITTED);
        if (submitted.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<AnswerRow>> answersByAttempt = answers.findByAttemptIdIn(submitted.stream().map(AttemptRow::id).toList())
                .stream().collect(Collectors.groupingBy(AnswerRow::attemptId));
        Map<UUID, UserView> learners = users.findAll(submitted.stream().map(AttemptRow::userId).toList());
        Map<UUID, String> titles = quizzes.of(courseId, trainer).stream()
                .collect(Collectors.toMap(Gradebook.Quiz::lessonId, Gradebook.Quiz::title));
        List<EssayToGrade> queue = new ArrayList<>();
        for (AttemptRow attempt : submitted) {
            Map<UUID, AnswerRow> given = answersByAttempt.getOrDefault(attempt.id(), List.of()).stream()
                    .collect(Collectors.toMap(AnswerRow::questionId, Function.identity()));
            for (FrozenQuestion q : json.questions(attempt.questions())) {
                AnswerRow answer = given.get(q.id());
                if (!waitsForTrainer(q, answer, plugins, json)) {
                    continue;
                }
                Map<String, Object> response = json.object(answer.response());
                UserView learner = learners.get(attempt.userId());
                queue.add(new EssayToGrade(attempt.id(), q.id(), attempt.lessonId(),
                        titles.getOrDefault(attempt.lessonId(), ""), attempt.userId(),
                        learner == null ? "" : learner.fullName(), attempt.number(), attempt.submittedAt(), q.text(),
                        String.valueOf(response.getOrDefault("text", "")), q.points(), attempt.offline(), answer.late()));
            }
        }
        return queue;
    }

    /** The queue's rule: an answered, manually graded question that no trainer has graded yet. */
    static boolean waitsForTrainer(FrozenQuestion q, AnswerRow answer, QuestionPlugins plugins, AttemptQuestions json) {
        return answer != null && answer.gradedBy() == null && !plugins.type(q.type()).autoGraded()
                && !json.object(answer.response()).isEmpty();
    }
}
