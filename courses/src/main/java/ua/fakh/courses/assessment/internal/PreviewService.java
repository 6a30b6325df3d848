package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.assessment.QuizPreviews;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.content.Lessons;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionRejectedException;
import ua.fakh.courses.spi.QuestionType;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Previews hold their state in the page (the seed and the question versions), never in the database:
 * the attempt row they build only feeds the same views a real attempt uses and is never saved.
 */
@Singleton
class PreviewService implements QuizPreviews {
    private static final SecureRandom SEEDS = new SecureRandom();

    private final Lessons lessons;
    private final CourseRecords records;
    private final QuizLessons quizzes;
    private final AttemptService attempts;
    private final AttemptViews views;
    private final QuestionRepository questions;
    private final QuestionPlugins plugins;
    private final AttemptQuestions json;
    private final Clock clock;

    PreviewService(Lessons lessons, CourseRecords records, QuizLessons quizzes, AttemptService attempts, AttemptViews views,
                   QuestionRepository questions, QuestionPlugins plugins, AttemptQuestions json, Clock clock) {
        this.lessons = lessons;
        this.records = records;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.views = views;
        this.questions = questions;
        this.plugins = plugins;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public QuizPreview draw(UUID quizLessonId, Caller trainer, Locale locale) {
        LessonView lesson = trainerLesson(quizLessonId, trainer, locale);
        long seed = SEEDS.nextLong();
        List<FrozenQuestion> frozen = attempts.pick(lesson.courseId(), settings(lesson), seed);
        AttemptRow row = unsaved(lesson, seed, frozen);
        return new QuizPreview(seed, new AttemptView(row.id(), lesson.id(), 1, row.status(), null, shown(row, frozen), List.of(),
                null, row.maxScore(), null, null));
    }

    @Override
    public QuizPreview grade(UUID quizLessonId, long seed, List<UUID> questionIds, FormFields form, Caller trainer,
                             Locale locale) {
        LessonView lesson = trainerLesson(quizLessonId, trainer, locale);
        Map<UUID, QuestionRow> byId = questions.findByIdIn(questionIds).stream()
                .filter(q -> q.courseId().equals(lesson.courseId()))
                .collect(Collectors.toMap(QuestionRow::id, q -> q));
        List<FrozenQuestion> frozen = questionIds.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(q -> new FrozenQuestion(q.id(), q.familyId(), q.type(), q.text(), views.definition(q),
                        plugins.points(q.type()), q.textFormat())).toList();
        AttemptRow asked = unsaved(lesson, seed, frozen);
        List<Map<String, Object>> shown = shown(asked, frozen);
        List<AttemptView.Answer> answers = new ArrayList<>();
        List<Map<String, Object>> review = new ArrayList<>();
        double score = 0;
        boolean waiting = false;
        for (int i = 0; i < frozen.size(); i++) {
            FrozenQuestion q = frozen.get(i);
            QuestionType type = plugins.type(q.type());
            Map<String, Object> response = response(type, q, shown.get(i), form, locale);
            QuestionGrade grade = type.grade(q.definition(), response, q.points());
            score += grade.score();
            waiting |= grade.needsManualGrading();
            answers.add(new AttemptView.Answer(q.id(), response, 0, grade.score()));
            Map<String, Object> item = new LinkedHashMap<>(type.reviewView(q.definition(), response, grade, locale));
            item.put("questionId", q.id().toString());
            item.put("score", grade.score());
            review.add(item);
        }
        double max = asked.maxScore();
        Boolean passed = waiting ? null : max == 0 || settings(lesson).passes(score * 100 / max);
        AttemptStatus status = waiting ? AttemptStatus.SUBMITTED : AttemptStatus.GRADED;
        return new QuizPreview(seed, new AttemptView(asked.id(), lesson.id(), 1, status, null, shown, answers, score, max,
                passed, review));
    }

    /** What the form says about one question, read and checked by its type; nothing when it cannot be read. */
    private Map<String, Object> response(QuestionType type, FrozenQuestion q, Map<String, Object> view, FormFields form,
                                         Locale locale) {
        String field = "a." + q.id();
        try {
            Map<String, Object> read = type.readResponse(new QuestionInput(view, Map.of(), field, locale, null), form.under(field));
            return read == null ? Map.of() : type.validateResponse(q.definition(), read);
        } catch (QuestionRejectedException unreadable) { // an UnreadableAnswerException too
            return Map.of();
        }
    }

    private LessonView trainerLesson(UUID quizLessonId, Caller trainer, Locale locale) {
        LessonView lesson = lessons.read(quizLessonId, trainer, locale);
        if (!records.mayEdit(lesson.courseId(), trainer)) {
            throw new ForbiddenException("problem.quiz.previewTrainersOnly");
        }
        return lesson;
    }

    private QuizSettings settings(LessonView lesson) {
        return quizzes.settings(lesson).orElseThrow(() -> new NotFoundException("problem.quiz.notAQuiz"));
    }

    private List<Map<String, Object>> shown(AttemptRow row, List<FrozenQuestion> frozen) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (int i = 0; i < frozen.size(); i++) {
            shown.add(views.questionView(row, frozen, i));
        }
        return shown;
    }

    /** An attempt row for the views only: no enrolment, no owner, never saved. */
    private AttemptRow unsaved(LessonView lesson, long seed, List<FrozenQuestion> frozen) {
        QuizSettings settings = settings(lesson);
        return new AttemptRow(Ids.newId(), lesson.id(), lesson.courseId(), Ids.newId(), Ids.newId(), 1, AttemptStatus.IN_PROGRESS,
                settings.role().name(), seed, json.write(frozen), json.write(settings.toContent()), clock.instant(), null, null,
                null, frozen.stream().mapToDouble(FrozenQuestion::points).sum(), null, false, null);
    }
}
