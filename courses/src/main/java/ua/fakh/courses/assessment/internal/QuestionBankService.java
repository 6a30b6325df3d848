package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.JsonColumns;
import ua.fakh.core.common.NulCharacter;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.BankImport;
import ua.fakh.courses.assessment.NewQuestion;
import ua.fakh.courses.assessment.QuestionBank;
import ua.fakh.courses.assessment.QuestionView;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.spi.ParsedQuestion;
import ua.fakh.courses.spi.QuestionTextFormat;
import ua.fakh.courses.spi.QuestionImportResult;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@Singleton
class QuestionBankService implements QuestionBank {
    static final String DEFAULT_CATEGORY = "Загальне";

    private final QuestionRepository questions;
    private final QuestionPlugins plugins;
    private final CourseRecords courses;
    private final JsonColumns json;
    private final AuditLog audit;
    private final Clock clock;
    private final QuestionUse use;

    QuestionBankService(QuestionRepository questions, QuestionPlugins plugins, CourseRecords courses, JsonColumns json,
                        AuditLog audit, Clock clock, QuestionUse use) {
        this.use = use;
        this.questions = questions;
        this.plugins = plugins;
        this.courses = courses;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** Each question in its own small step: one that its type refuses is reported and the rest stay. */
    @Override
    @Transactional
    public BankImport importBank(UUID courseId, String extension, String text, Caller trainer, Locale locale) {
        requireTrainer(courseId, trainer);
        QuestionImportResult parsed = plugins.formatFor(extension).parse(text, locale);
        List<BankImport.Error> errors = new ArrayList<>();
        parsed.errors().forEach(e -> errors.add(new BankImport.Error(e.line(), e.message())));
        int imported = 0;
        for (ParsedQuestion q : parsed.questions()) {
            try {
                if (!plugins.hasType(q.type())) {
                    throw new IllegalArgumentException("question type " + q.type() + " is not enabled here");
                }
                if (hasNul(q)) {
                    throw new IllegalArgumentException("the question " + NulCharacter.MESSAGE);
                }
                Map<String, Object> definition = plugins.type(q.type()).validateDefinition(q.definition());
                save(UUID.randomUUID(), 1, courseId, q.category(), q.title(), q.type(), q.text(), definition,
                        q.generalFeedback(), q.textFormat(), trainer);
                imported++;
            } catch (FakhException | IllegalArgumentException refused) {
                errors.add(new BankImport.Error(q.line(), refused.getMessage()
                        + (refused instanceof FakhException f && !f.fieldErrors().isEmpty() ? ": " + f.fieldErrors() : "")));
            }
        }
        errors.sort(java.util.Comparator.comparingInt(BankImport.Error::line));
        audit.record(trainer, "QUESTIONS_IMPORTED", "course", courseId, Map.of("imported", imported, "errors", errors.size()));
        return new BankImport(imported, errors);
    }

    /** PostgreSQL cannot store U+0000: such a question is an error of the import, not a failed transaction. */
    private static boolean hasNul(ParsedQuestion q) {
        return NulCharacter.in(q.title()) || NulCharacter.in(q.text()) || NulCharacter.in(q.category())
                || NulCharacter.in(q.generalFeedback()) || NulCharacter.in(String.valueOf(q.definition()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuestionView> list(UUID courseId, @Nullable String category, Caller trainer) {
        requireTrainer(courseId, trainer);
        List<QuestionRow> rows = category == null || category.isBlank()
                ? questions.findByCourseIdAndCurrentVersionOrderByCategoryAndCreatedAt(courseId, true)
                : questions.findByCourseIdAndCategoryAndCurrentVersion(courseId, category, true);
        return rows.stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public QuestionView create(UUID courseId, @Valid NewQuestion question, Caller trainer) {
        requireTrainer(courseId, trainer);
        Map<String, Object> definition = plugins.type(question.type()).validateDefinition(question.definition());
        return view(save(Ids.newId(), 1, courseId, question.category(), question.title(), question.type(), question.text(),
                definition, question.generalFeedback(), QuestionTextFormat.of(question.textFormat(), question.text()), trainer));
    }

    @Override
    @Transactional
    public QuestionView update(UUID questionId, @Valid NewQuestion question, Caller trainer) {
        QuestionRow current = questions.findByFamilyIdAndCurrentVersion(questionId, true)
                .orElseThrow(() -> new NotFoundException("problem.question.notFound"));
        requireTrainer(current.courseId(), trainer);
        Map<String, Object> definition = plugins.type(question.type()).validateDefinition(question.definition());
        questions.update(new QuestionRow(current.id(), current.familyId(), current.version(), false, current.courseId(),
                current.category(), current.title(), current.type(), current.text(), current.definition(),
                current.generalFeedback(), current.createdBy(), current.createdAt(), current.textFormat()));
        // No format given (the page's editor sends none): the text keeps the format it had.
        String format = question.textFormat() == null ? current.textFormat() : QuestionTextFormat.of(question.textFormat(), question.text());
        return view(save(current.familyId(), current.version() + 1, current.courseId(), question.category(), question.title(),
                question.type(), question.text(), definition, question.generalFeedback(), format, trainer));
    }

    @Override
    @Transactional(readOnly = true)
    public QuestionView get(UUID questionId, Caller trainer) {
        QuestionRow current = current(questionId);
        requireTrainer(current.courseId(), trainer);
        return view(current);
    }

    @Override
    @Transactional
    public void delete(UUID questionId, Caller trainer) {
        QuestionRow current = current(questionId);
        requireTrainer(current.courseId(), trainer);
        use.requireUnused(current, trainer);
        questions.deleteAll(questions.findByFamilyId(current.familyId()));
        audit.record(trainer, "QUESTION_DELETED", "question", current.familyId(),
                Map.of("course", current.courseId().toString(), "versions", current.version()));
    }

    private QuestionRow current(UUID questionId) {
        return questions.findByFamilyIdAndCurrentVersion(questionId, true)
                .orElseThrow(() -> new NotFoundException("problem.question.notFound"));
    }

    @Override
    @Transactional(readOnly = true)
    public String exportBank(UUID courseId, String extension, Caller trainer) {
        requireTrainer(courseId, trainer);
        List<ParsedQuestion> bank = questions.findByCourseIdAndCurrentVersionOrderByCategoryAndCreatedAt(courseId, true).stream()
                .map(q -> new ParsedQuestion(0, q.category(), q.title(), q.type(), q.text(), definition(q), q.generalFeedback(),
                        q.textFormat()))
                .toList();
        return plugins.formatFor(extension).export(bank);
    }

    private QuestionRow save(UUID familyId, int version, UUID courseId, @Nullable String category, @Nullable String title,
                             String type, String text, Map<String, Object> definition, @Nullable String feedback, String textFormat,
                             Caller trainer) {
        String cat = category == null || category.isBlank() ? DEFAULT_CATEGORY : category.strip();
        String name = title == null || title.isBlank() ? text.strip().lines().findFirst().orElse("?") : title.strip();
        return questions.save(new QuestionRow(Ids.newId(), familyId, version, true, courseId, cut(cat, 300), cut(name, 300),
                type, text, write(definition), feedback, trainer.userId(), clock.instant(), textFormat));
    }

    QuestionView view(QuestionRow q) {
        return new QuestionView(q.familyId(), q.id(), q.version(), q.type(), q.title(), q.text(), q.category(), definition(q),
                q.generalFeedback(), q.courseId(), q.textFormat());
    }

    Map<String, Object> definition(QuestionRow q) {
        return json.object(q.definition());
    }

    private String write(Object value) {
        return json.write(value);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private void requireTrainer(UUID courseId, Caller trainer) {
        if (!courses.mayEdit(courseId, trainer)) {
            throw new ForbiddenException("problem.question.bankTrainersOnly");
        }
    }
}
