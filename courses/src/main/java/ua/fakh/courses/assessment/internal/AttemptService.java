package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AnswerOrigin;
import ua.fakh.courses.assessment.AnswerSaved;
import ua.fakh.courses.assessment.AttemptResult;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.assessment.Attempts;
import ua.fakh.courses.assessment.OfflineWindow;
import ua.fakh.courses.assessment.QuizRefusal;
import ua.fakh.courses.assessment.QuizRefusedException;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.Lessons;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.QuestionInput;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

@Singleton
class AttemptService implements Attempts {
    private static final SecureRandom SEEDS = new SecureRandom();

    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final QuestionRepository questions;
    private final QuestionPlugins plugins;
    private final AttemptGrading grading;
    private final AttemptViews views;
    private final AttemptQuestions json;
    private final CourseRecords records;
    private final Lessons lessons;
    private final Enrollments enrollments;
    private final QuizLessons quizzes;
    private final ResultNotices notices;
    private final AnswerIntake intake;
    private final InTimeAnswers inTime;
    private final LateAnswers lateAnswers;
    private final OfflineWindowTokens tokens;
    private final Clock clock;

    AttemptService(AttemptRepository attempts, AnswerRepository answers, QuestionRepository questions, QuestionPlugins plugins,
                   AttemptGrading grading, AttemptViews views, AttemptQuestions json, CourseRecords records, Lessons lessons,
                   Enrollments enrollments, QuizLessons quizzes, ResultNotices notices, AnswerIntake intake,
                   InTimeAnswers inTime, LateAnswers lateAnswers, OfflineWindowTokens tokens, Clock clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.questions = questions;
        this.plugins = plugins;
        this.grading = grading;
        this.views = views;
        this.json = json;
        this.records = records;
        this.lessons = lessons;
        this.enrollments = enrollments;
        this.quizzes = quizzes;
        this.notices = notices;
        this.intake = intake;
        this.inTime = inTime;
        this.lateAnswers = lateAnswers;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * A reload or a double click gives the attempt already under way, not a second one. A new one starts
     * only while {@link #refusal} finds nothing against it; its deadline never runs past the quiz's closing.
     */
    @Override
    @Transactional
    public AttemptView start(UUID quizLessonId, Caller learner, Locale locale) {
        Asking asking = asking(quizLessonId, learner, locale);
        Optional<AttemptRow> open = underWay(asking.earlier());
        if (open.isPresent()) {
            return views.view(open.get(), locale, false, true);
        }
        Instant now = clock.instant();
        return views.view(open(asking, learner, now, asking.settings().onlineDeadline(now), false), locale, false, true);
    }

    /**
     * The offline window of the attempt under way offline, or a new attempt flagged offline whose
     * deadline is the window's end; the quiz's time limit is kept by the page and checked on the answers.
     */
    @Override
    @Transactional
    public OfflineWindow offlineWindow(UUID quizLessonId, Caller learner, Locale locale) {
        Asking asking = asking(quizLessonId, learner, locale);
        Optional<AttemptRow> open = underWay(asking.earlier());
        if (open.isPresent() && open.get().offline()) {
            return window(open.get());
        }
        if (!asking.settings().offline()) {
            throw new ConflictException("problem.quiz.notOffline");
        }
        if (open.isPresent()) {
            throw new ConflictException("problem.quiz.attemptUnderWay");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored, so every later call gives the same window
        return window(open(asking, learner, now, asking.settings().offlineDeadline(now), true));
    }

    private OfflineWindow window(AttemptRow attempt) {
        List<UUID> asked = json.questions(attempt.questions()).stream().map(FrozenQuestion::id).toList();
        return new OfflineWindow(attempt.id(), "/quiz/attempts/" + attempt.id(), attempt.offlineGrantedAt(), attempt.deadline(),
                attempt.deadline().toEpochMilli(), tokens.token(attempt), asked,
                QuizSettings.of(json.object(attempt.settings())).timeLimitSeconds());
    }

    /** A reload or a double click gets the attempt already under way, never a second one. */
    private Optional<AttemptRow> underWay(List<AttemptRow> earlier) {
        return earlier.stream().filter(row -> row.status() == AttemptStatus.IN_PROGRESS && !lateAnswers.isPastGrace(row))
                .findFirst();
    }

    /** What starting an attempt of a quiz reads first: the quiz, its settings, the learner's enrolment and earlier attempts. */
    private record Asking(LessonView lesson, QuizSettings settings, EnrollmentView enrollment, List<AttemptRow> earlier) {
    }

    private Asking asking(UUID quizLessonId, Caller learner, Locale locale) {
        LessonView lesson = lessons.read(quizLessonId, learner, locale);
        QuizSettings settings = settings(lesson); // "not a quiz" before "not enrolled"
        EnrollmentView enrollment = enrollments.find(lesson.courseId(), learner.userId())
                .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
                .orElseThrow(() -> new ForbiddenException("problem.quiz.notEnrolled"));
        return new Asking(lesson, settings, enrollment,
                attempts.findByLessonIdAndUserIdOrderByNumber(quizLessonId, learner.userId()));
    }

    /**
     * A new attempt, only while {@link #refusal} finds nothing against it. Numbers follow the highest so far:
     * a withdrawn offline window leaves a gap rather than a number taken twice.
     */
    private AttemptRow open(Asking asking, Caller learner, Instant now, @Nullable Instant deadline, boolean offline) {
        LessonView lesson = asking.lesson();
        QuizSettings settings = asking.settings();
        List<AttemptRow> earlier = asking.earlier();
        Optional<QuizRefusal> refused = refusal(lesson.courseId(), settings, earlier.size(), now);
        if (refused.isPresent()) {
            throw new QuizRefusedException(refused.get());
        }
        long seed = SEEDS.nextLong();
        List<FrozenQuestion> frozen = pick(lesson.courseId(), settings, seed);
        int number = earlier.stream().mapToInt(AttemptRow::number).max().orElse(0) + 1;
        AttemptRow row = new AttemptRow(Ids.newId(), lesson.id(), lesson.courseId(), asking.enrollment().id(), learner.userId(),
                number, AttemptStatus.IN_PROGRESS, settings.role().name(), seed, json.write(frozen),
                json.write(settings.toContent()), now, deadline, null, null, frozen.stream().mapToDouble(FrozenQuestion::points).sum(),
                null, offline, offline ? now : null);
        try {
            attempts.save(row);
        } catch (DataAccessException concurrentStart) {
            throw new ConflictException("problem.quiz.concurrentStart");
        }
        return row;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<QuizRefusal> refusal(UUID quizLessonId, Caller learner, Locale locale) {
        LessonView lesson = lessons.read(quizLessonId, learner, locale);
        int used = attempts.findByLessonIdAndUserIdOrderByNumber(quizLessonId, learner.userId()).size();
        return refusal(lesson.courseId(), settings(lesson), used, clock.instant());
    }

    /** The one rule for whether a new attempt may start; an attempt under way is continued whatever it says. */
    private Optional<QuizRefusal> refusal(UUID courseId, QuizSettings settings, int used, Instant now) {
        if (settings.opensLater(now)) {
            return Optional.of(QuizRefusal.NOT_OPEN_YET);
        }
        if (settings.closedAt(now)) {
            return Optional.of(QuizRefusal.CLOSED);
        }
        if (settings.attemptsAllowed() != null && used >= settings.attemptsAllowed()) {
            return Optional.of(QuizRefusal.NO_ATTEMPTS_LEFT);
        }
        try {
            pick(courseId, settings, 0L);
        } catch (QuizRefusedException cannotDraw) {
            return Optional.of(cannotDraw.reason());
        }
        return Optional.empty();
    }

    private QuizSettings settings(LessonView lesson) {
        return quizzes.settings(lesson).orElseThrow(() -> new NotFoundException("problem.quiz.notAQuiz"));
    }

    /** The questions an attempt (or a trainer's preview) with this seed asks. @throws QuizRefusedException when the bank is too small */
    List<FrozenQuestion> pick(UUID courseId, QuizSettings settings, long seed) {
        List<QuestionRow> chosen = new ArrayList<>();
        if (settings.questionIds() != null) {
            List<UUID> families = settings.questionIds();
            var byFamily = questions.findByFamilyIdInAndCurrentVersion(families, true).stream()
                    .filter(q -> q.courseId().equals(courseId))
                    .collect(java.util.stream.Collectors.toMap(QuestionRow::familyId, q -> q));
            for (UUID family : families) {
                QuestionRow q = byFamily.get(family);
                if (q == null) {
                    throw new QuizRefusedException(QuizRefusal.CANNOT_DRAW); // a question left the bank after publishing
                }
                chosen.add(q);
            }
        } else {
            List<QuestionRow> pool = new ArrayList<>(plugins.scored(questions.findByCourseIdAndCategoryAndCurrentVersion(courseId,
                    settings.category(), true)));
            Collections.shuffle(pool, new Random(seed));
            int count = settings.randomCount();
            if (pool.size() < count) {
                throw new QuizRefusedException(QuizRefusal.CANNOT_DRAW);
            }
            chosen.addAll(pool.subList(0, count));
        }
        if (settings.shuffle()) {
            Collections.shuffle(chosen, new Random(seed ^ 0x5DEECE66DL));
        }
        return chosen.stream().map(q -> new FrozenQuestion(q.id(), q.familyId(), q.type(), q.text(),
                views.definition(q), plugins.points(q.type()), q.textFormat())).toList();
    }

    /** The usual autosave in one statement; any other, and any doubt, under the attempt's lock. */
    @Override
    public AnswerSaved saveAnswer(UUID attemptId, UUID questionId, Map<String, Object> response, long seq, AnswerOrigin origin,
                                  Caller learner) {
        return inTime.save(attemptId, questionId, response, seq, origin, learner)
                .orElseGet(() -> intake.saveLocked(attemptId, questionId, response, seq, origin, learner));
    }

    @Override
    @Transactional(noRollbackFor = ConflictException.class)
    public AnswerSaved saveFormAnswer(UUID attemptId, UUID questionId, FormFields form, long seq, AnswerOrigin origin,
                                      Caller learner, Locale locale) {
        AttemptRow attempt = attempts.lockOwned(attemptId, learner);
        List<FrozenQuestion> frozen = json.questions(attempt);
        int index = frozen.stream().map(FrozenQuestion::id).toList().indexOf(questionId);
        if (index < 0) {
            throw new NotFoundException("problem.quiz.noSuchQuestion");
        }
        String field = "a." + questionId;
        QuestionInput question = new QuestionInput(views.questionView(attempt, frozen, index), Map.of(), field, locale, null);
        Map<String, Object> response = plugins.type(frozen.get(index).type()).readResponse(question, form.under(field));
        if (response == null) {
            return AnswerSaved.NOTHING_SAID;
        }
        return intake.save(attempt, questionId, response, seq, origin);
    }

    @Override
    @Transactional
    public AttemptResult submit(UUID attemptId, Caller learner) {
        AttemptRow attempt = attempts.lockOwned(attemptId, learner);
        return AttemptGrading.stored(attempt).orElseGet(() -> grading.finish(attempt));
    }

    @Override
    @Transactional
    public AttemptView get(UUID attemptId, Caller caller, Locale locale) {
        AttemptRow attempt = attempts.findByIdForUpdate(attemptId).orElseThrow(() -> new NotFoundException("problem.quiz.noSuchAttempt"));
        boolean trainer = records.mayEdit(attempt.courseId(), caller);
        boolean owner = attempt.userId().equals(caller.userId());
        if (!owner && !trainer) {
            throw new ForbiddenException("problem.quiz.notYours");
        }
        if (attempt.status() == AttemptStatus.IN_PROGRESS && lateAnswers.isPastGrace(attempt) && endsWhenSeen(attempt)) {
            grading.endOverdue(attempt);
            attempt = attempts.findById(attemptId).orElseThrow(() -> new NotFoundException("problem.quiz.noSuchAttempt"));
        }
        return views.view(attempt, locale, trainer, owner);
    }

    /**
     * An online attempt whose time is up ends when anyone looks at it; an offline one only once something
     * was answered (its later answers still count, late), so a window its learner never used is not spent.
     */
    private boolean endsWhenSeen(AttemptRow attempt) {
        return !attempt.offline() || lateAnswers.isClosedForGood(attempt) || !answers.findByAttemptId(attempt.id()).isEmpty();
    }

    @Override
    @Transactional
    public AttemptResult gradeAnswer(UUID attemptId, UUID questionId, double score, @Nullable String comment, Caller trainer) {
        AttemptRow attempt = attempts.findByIdForUpdate(attemptId).orElseThrow(() -> new NotFoundException("problem.quiz.noSuchAttempt"));
        if (!records.mayEdit(attempt.courseId(), trainer)) {
            throw new ForbiddenException("problem.quiz.onlyTrainersGrade");
        }
        if (attempt.status() == AttemptStatus.IN_PROGRESS) {
            throw new ConflictException("problem.quiz.stillInProgress");
        }
        FrozenQuestion question = json.questions(attempt.questions()).stream().filter(q -> q.id().equals(questionId))
                .findFirst().orElseThrow(() -> new NotFoundException("problem.quiz.noSuchQuestion"));
        if (plugins.type(question.type()).autoGraded()) {
            throw new ConflictException("problem.quiz.autoGraded");
        }
        if (score < 0 || score > question.points()) {
            throw ValidationException.of("score", "problem.field.quizScore");
        }
        answers.findByAttemptIdAndQuestionId(attemptId, questionId)
                .orElseThrow(() -> new ConflictException("problem.quiz.unanswered"));
        answers.grade(attemptId, questionId, score, comment, trainer.userId());
        AttemptResult result = grading.regrade(attempt);
        notices.graded(attempt, result);
        return result;
    }

    @Scheduled(fixedDelay = "${fakh.quiz-sweep:5s}", initialDelay = "5s")
    void sweep() {
        submitOverdue();
    }

    @Override
    public int submitOverdue() {
        int submitted = 0;
        for (UUID id : attempts.overdue(lateAnswers.onlineOverdueBefore(), lateAnswers.offlineOverdueBefore())) {
            if (finishIfOverdue(id)) {
                submitted++;
            }
        }
        return submitted;
    }

    @Transactional
    public boolean finishIfOverdue(UUID attemptId) {
        AttemptRow attempt = attempts.findByIdForUpdate(attemptId).orElse(null);
        if (attempt == null || attempt.status() != AttemptStatus.IN_PROGRESS || !lateAnswers.isOverdue(attempt)) {
            return false;
        }
        grading.endOverdue(attempt);
        return true;
    }

}
