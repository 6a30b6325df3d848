package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseStatus;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.LearnerAccess;
import ua.fakh.courses.content.LessonRequirement;
import ua.fakh.courses.enrollment.BulkChange;
import ua.fakh.courses.enrollment.BulkSelection;
import ua.fakh.courses.enrollment.EnrollmentReport;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class EnrollmentService implements Enrollments, LearnerAccess {
    private final EnrollmentRepository rows;
    private final ProgressRepository progress;
    private final Provider<CourseCatalog> catalog;
    private final Provider<CourseRecords> records;
    private final CompletionCheck completion;
    private final EnrollmentViews views;
    private final BulkEnrollment bulk;
    private final BulkChanges changes;
    private final AuditLog audit;
    private final EnrollmentKeyCheck keys;
    private final EnrollmentNotices notices;
    private final Withdrawal withdrawal;
    private final Clock clock;

    EnrollmentService(EnrollmentRepository rows, ProgressRepository progress, Provider<CourseCatalog> catalog,
                      Provider<CourseRecords> records, CompletionCheck completion, EnrollmentViews views,
                      BulkEnrollment bulk, BulkChanges changes, AuditLog audit, EnrollmentKeyCheck keys,
                      EnrollmentNotices notices, Withdrawal withdrawal, Clock clock) {
        this.rows = rows;
        this.progress = progress;
        this.catalog = catalog;
        this.records = records;
        this.completion = completion;
        this.views = views;
        this.bulk = bulk;
        this.changes = changes;
        this.audit = audit;
        this.keys = keys;
        this.notices = notices;
        this.withdrawal = withdrawal;
        this.clock = clock;
    }

    @Override
    @Transactional
    public EnrollmentView enrollSelf(UUID courseId, @Nullable String key, Caller learner) {
        CourseView course = catalog.get().published(courseId, learner);
        var existing = rows.findByCourseIdAndUserId(courseId, learner.userId());
        if (existing.isPresent() && existing.get().status() != EnrollmentStatus.WITHDRAWN) {
            return views.view(existing.get());
        }
        if (course.status() == CourseStatus.ARCHIVED) {
            throw new ConflictException("problem.enrollment.courseArchived");
        }
        switch (course.enrollmentPolicy()) {
            case OPEN -> { }
            case KEY -> keys.require(courseId, key, learner.userId());
            case TRAINER -> throw new ForbiddenException("problem.enrollment.byTrainerOnly");
        }
        EnrollmentRow row = enroll(courseId, learner.userId(), null, null, null);
        audit.record(learner, "ENROLLED", "enrollment", row.id(), Map.of("courseId", courseId, "self", true));
        return views.view(row);
    }

    /** Creates or re-activates the enrollment; returns it. Joins the caller's transaction. */
    EnrollmentRow enroll(UUID courseId, UUID userId, @Nullable UUID cohortId, @Nullable Instant dueAt, @Nullable UUID by) {
        var existing = rows.findByCourseIdAndUserId(courseId, userId);
        if (existing.isPresent()) {
            if (existing.get().status() == EnrollmentStatus.WITHDRAWN) {
                EnrollmentRow rejoined = rows.update(existing.get().rejoined(clock.instant(), cohortId, dueAt, by));
                notices.enrolled(rejoined);
                return rejoined;
            }
            return existing.get();
        }
        rows.insertIfAbsent(Ids.newId(), courseId, userId, clock.instant(), dueAt, cohortId, by);
        EnrollmentRow enrolled = rows.findByCourseIdAndUserId(courseId, userId).orElseThrow();
        notices.enrolled(enrolled);
        return enrolled;
    }

    @Override
    public EnrollmentReport enrollUsers(UUID courseId, List<UUID> userIds, @Nullable UUID cohortId, @Nullable Instant dueAt,
                                       Caller trainer) {
        requireTrainer(courseId, trainer);
        return bulk.byIds(courseId, userIds, cohortId, dueAt, trainer, this);
    }

    @Override
    public EnrollmentReport enrollEmails(UUID courseId, String list, @Nullable UUID cohortId, @Nullable Instant dueAt,
                                        Caller trainer) {
        requireTrainer(courseId, trainer);
        return bulk.byList(courseId, list, cohortId, dueAt, trainer, this);
    }

    @Override
    public EnrollmentReport enrollCsv(UUID courseId, String csv, @Nullable UUID cohortId, @Nullable Instant dueAt,
                                     Caller trainer) {
        requireTrainer(courseId, trainer);
        return bulk.byCsv(courseId, csv, cohortId, dueAt, trainer, this);
    }

    @Override
    public BulkChange setDue(UUID courseId, BulkSelection selection, Caller trainer) {
        requireTeaches(courseId, trainer);
        return changes.setDue(courseId, selection, trainer);
    }

    @Override
    public BulkChange withdraw(UUID courseId, BulkSelection selection, Caller trainer) {
        requireTeaches(courseId, trainer);
        return changes.withdraw(courseId, selection, trainer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnrollmentView> mine(Caller learner) {
        return views.views(rows.findByUserIdOrderByEnrolledAtDesc(learner.userId()));
    }

    @Override
    @Transactional(readOnly = true)
    public EnrollmentView get(UUID enrollmentId, Caller caller) {
        EnrollmentRow row = readable(enrollmentId, caller);
        return views.view(row);
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<EnrollmentView> ofCourse(UUID courseId, Caller trainer, @Nullable Integer page, @Nullable Integer size) {
        requireTrainer(courseId, trainer);
        PageView<EnrollmentRow> found = Paging.view(rows.findByCourseId(courseId, Paging.of(page, size).order("enrolledAt")));
        return new PageView<>(views.views(found.content()), found.page(), found.size(), found.totalSize());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Long> counts(Collection<UUID> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return rows.countByCourses(new HashSet<>(courseIds)).stream()
                .collect(Collectors.toMap(EnrollmentCount::courseId, EnrollmentCount::enrollments));
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnrollmentView> roster(UUID courseId, @Nullable UUID cohortId, Caller trainer) {
        if (!records.get().mayEdit(courseId, trainer)) {
            throw new ForbiddenException("problem.enrollment.learnersTrainersOnly");
        }
        return views.views(cohortId == null ? rows.findByCourseIdOrderByEnrolledAt(courseId)
                : rows.findByCourseIdAndCohortIdOrderByEnrolledAt(courseId, cohortId));
    }

    @Override
    @Transactional
    public EnrollmentView setDue(UUID enrollmentId, @Nullable Instant dueAt, Caller trainer) {
        EnrollmentRow row = rows.findById(enrollmentId).orElseThrow(() -> new NotFoundException("problem.enrollment.notFound"));
        if (!records.get().mayEdit(row.courseId(), trainer)) {
            throw new ForbiddenException("problem.enrollment.dueTrainersOnly");
        }
        rows.updateDueAt(enrollmentId, dueAt);
        audit.record(trainer, "ENROLLMENT_DUE_SET", "enrollment", enrollmentId,
                Map.of("dueAt", dueAt == null ? "" : dueAt.toString()));
        return views.view(rows.findById(enrollmentId).orElseThrow());
    }

    @Override
    @Transactional
    public EnrollmentView completeLesson(UUID enrollmentId, UUID lessonId, Caller learner) {
        EnrollmentRow row = rows.findById(enrollmentId).orElseThrow(() -> new NotFoundException("problem.enrollment.notFound"));
        if (!row.userId().equals(learner.userId())) {
            throw new ForbiddenException("problem.enrollment.ownLessonsOnly");
        }
        if (row.status() == EnrollmentStatus.WITHDRAWN) {
            throw new ConflictException("problem.enrollment.withdrawn");
        }
        LessonRequirement lesson = records.get().lessonRequirements(row.courseId()).stream()
                .filter(l -> l.lessonId().equals(lessonId)).findFirst()
                .orElseThrow(() -> new NotFoundException("problem.lesson.notInCourse"));
        if (!lesson.learnerMarksDone()) {
            throw new ConflictException("problem.lesson.doneByPassing");
        }
        progress.markDone(Ids.newId(), enrollmentId, lessonId, clock.instant());
        return views.view(completion.evaluate(enrollmentId));
    }

    @Override
    @Transactional
    public EnrollmentView withdraw(UUID enrollmentId, Caller caller) {
        EnrollmentRow row = readable(enrollmentId, caller);
        if (row.status() == EnrollmentStatus.COMPLETED) {
            throw new ConflictException("problem.enrollment.staysCompleted");
        }
        if (row.status() == EnrollmentStatus.WITHDRAWN) {
            return views.view(row); // withdrawn already: the same answer, nothing freed twice
        }
        EnrollmentRow withdrawn = withdrawal.withdraw(row);
        audit.record(caller, "ENROLLMENT_WITHDRAWN", "enrollment", enrollmentId, Map.of("courseId", row.courseId()));
        return views.view(withdrawn);
    }

    @Override
    @Transactional
    public void lessonPassed(UUID courseId, UUID userId, UUID lessonId) {
        rows.findByCourseIdAndUserId(courseId, userId).filter(r -> r.status() == EnrollmentStatus.ACTIVE).ifPresent(row -> {
            progress.markDone(Ids.newId(), row.id(), lessonId, clock.instant());
            completion.evaluate(row.id());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<EnrollmentView> find(UUID courseId, UUID userId) {
        return rows.findByCourseIdAndUserId(courseId, userId).map(views::view);
    }

    @Override
    @Transactional
    public void recheck(UUID enrollmentId) {
        completion.evaluate(enrollmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEnrolled(UUID courseId, UUID userId) {
        return rows.existsByCourseIdAndUserIdAndStatusNotEqual(courseId, userId, EnrollmentStatus.WITHDRAWN);
    }

    @Override
    @Transactional
    public void lessonOpened(UUID courseId, UUID userId, UUID lessonId) {
        rows.findByCourseIdAndUserId(courseId, userId).filter(r -> r.status() != EnrollmentStatus.WITHDRAWN).ifPresent(row -> {
            if (!lessonId.equals(row.lastLessonId())) {
                rows.update(row.withLastLesson(lessonId));
            }
            boolean completesOnOpen = records.get().lessonRequirements(courseId).stream()
                    .anyMatch(l -> l.lessonId().equals(lessonId) && l.completesWhenOpened());
            if (completesOnOpen && row.status() == EnrollmentStatus.ACTIVE) {
                progress.markDone(Ids.newId(), row.id(), lessonId, clock.instant());
                completion.evaluate(row.id());
            }
        });
    }

    private EnrollmentRow readable(UUID enrollmentId, Caller caller) {
        EnrollmentRow row = rows.findById(enrollmentId).orElseThrow(() -> new NotFoundException("problem.enrollment.notFound"));
        if (!row.userId().equals(caller.userId()) && !records.get().mayEdit(row.courseId(), caller)) {
            throw new ForbiddenException("problem.enrollment.someoneElses");
        }
        return row;
    }

    private void requireTrainer(UUID courseId, Caller trainer) {
        requireTeaches(courseId, trainer);
        if (records.get().publishedVersion(courseId) == 0) {
            throw ValidationException.of("courseId", "problem.field.publishBeforeEnrolling");
        }
    }

    private void requireTeaches(UUID courseId, Caller trainer) {
        if (!records.get().mayEdit(courseId, trainer)) {
            throw new ForbiddenException("problem.enrollment.enrolTrainersOnly");
        }
    }
}
