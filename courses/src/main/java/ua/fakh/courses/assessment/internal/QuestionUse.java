package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.QuestionInUseException;
import ua.fakh.courses.assessment.QuestionInUseException.Reason;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.LessonOutline;
import ua.fakh.courses.content.Lessons;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a question of the bank may go: not while a quiz asks it or draws from its category and would
 * run short without it — in the trainers' working copy or in the published version learners take —
 * nor once an attempt took it (attempts keep their frozen copy, but the gradebook and reviews name it).
 */
@Singleton
class QuestionUse {
    private final AttemptRepository attempts;
    private final QuestionRepository questions;
    private final CourseCatalog catalog;
    private final CourseRecords records;
    private final Lessons lessons;
    private final QuizLessons quizzes;
    private final QuestionPlugins plugins;

    QuestionUse(AttemptRepository attempts, QuestionRepository questions, CourseCatalog catalog, CourseRecords records,
                Lessons lessons, QuizLessons quizzes, QuestionPlugins plugins) {
        this.plugins = plugins;
        this.attempts = attempts;
        this.questions = questions;
        this.catalog = catalog;
        this.records = records;
        this.lessons = lessons;
        this.quizzes = quizzes;
    }

    /** @throws QuestionInUseException saying what uses it */
    void requireUnused(QuestionRow question, Caller trainer) {
        // Draws count only what they may pick; taking away a description leaves every draw as it was.
        int inCategory = plugins.scored(List.of(question)).isEmpty() ? Integer.MAX_VALUE
                : plugins.scored(questions.findByCourseIdAndCategoryAndCurrentVersion(question.courseId(), question.category(), true)).size();
        for (LessonOutline lesson : catalog.get(question.courseId(), trainer).sections().stream()
                .flatMap(s -> s.lessons().stream()).filter(l -> quizzes.isQuiz(l.type())).toList()) {
            Map<String, Object> content = lessons.read(lesson.id(), trainer, Locale.ROOT).content();
            check(question, inCategory, lesson.title(), quizzes.settings(lesson.type(), content));
        }
        int published = records.publishedVersion(question.courseId());
        if (published > 0) {
            for (CourseDocument.Lesson lesson : records.facts(question.courseId(), published).document().lessons()) {
                check(question, inCategory, lesson.title(), quizzes.settings(lesson.type(), lesson.content()));
            }
        }
        if (attempts.countHolding(question.courseId(), "%" + question.familyId() + "%") > 0) {
            throw new QuestionInUseException(Reason.TAKEN_IN_ATTEMPTS, null);
        }
    }

    private static void check(QuestionRow question, int inCategory, String quiz, Optional<QuizSettings> found) {
        if (found.isEmpty()) {
            return;
        }
        QuizSettings settings = found.get();
        if (settings.questionIds() != null && settings.questionIds().contains(question.familyId())) {
            throw new QuestionInUseException(Reason.ASKED_BY_QUIZ, quiz);
        }
        if (settings.questionIds() == null && question.category().equals(settings.category())
                && settings.randomCount() != null && inCategory - 1 < settings.randomCount()) {
            throw new QuestionInUseException(Reason.DRAWN_BY_QUIZ, quiz);
        }
    }
}
