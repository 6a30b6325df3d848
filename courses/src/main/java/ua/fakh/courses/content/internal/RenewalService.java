package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseRenewals;
import ua.fakh.courses.content.CourseStatus;
import ua.fakh.courses.content.RenewalView;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
class RenewalService implements CourseRenewals {
    private final RenewalRepository renewals;
    private final CourseRepository courses;
    private final CourseAccess access;
    private final CourseDocuments documents;
    private final AuditLog audit;

    RenewalService(RenewalRepository renewals, CourseRepository courses, CourseAccess access, CourseDocuments documents,
                   AuditLog audit) {
        this.renewals = renewals;
        this.courses = courses;
        this.access = access;
        this.documents = documents;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public RenewalView get(UUID courseId, Caller trainer) {
        access.requireEditable(courseId, trainer);
        return view(courseId);
    }

    @Override
    @Transactional
    public RenewalView set(UUID courseId, @Nullable UUID renewalCourseId, Caller trainer) {
        access.requireEditable(courseId, trainer);
        if (renewalCourseId != null) {
            if (renewalCourseId.equals(courseId)) {
                throw ValidationException.of("renewalCourseId", "problem.field.renewalIsItself");
            }
            if (published(renewalCourseId).isEmpty()) {
                throw ValidationException.of("renewalCourseId", "problem.field.renewalNotPublished");
            }
        }
        renewals.setRenewal(courseId, renewalCourseId);
        audit.record(trainer, "COURSE_RENEWAL_SET", "course", courseId,
                Map.of("renewalCourseId", renewalCourseId == null ? "" : renewalCourseId.toString()));
        return view(courseId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RenewalView.Course> choices(UUID courseId, Caller trainer) {
        access.requireEditable(courseId, trainer);
        return renewals.publishedOtherThan(courseId).stream()
                .map(c -> new RenewalView.Course(c.id(), c.title(), c.titleEn())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RenewalView.Course> renewalOf(UUID courseId) {
        return renewals.renewalOf(courseId).flatMap(this::published);
    }

    private RenewalView view(UUID courseId) {
        Optional<UUID> renewal = renewals.renewalOf(courseId);
        return new RenewalView(courseId, renewal.orElse(null), renewal.flatMap(this::published).orElse(null));
    }

    /** The course under its published titles, while it is published (not a draft, not archived). */
    private Optional<RenewalView.Course> published(UUID courseId) {
        return courses.findById(courseId)
                .filter(row -> row.status() == CourseStatus.PUBLISHED && row.publishedVersion() > 0)
                .map(row -> {
                    CourseDocument document = documents.published(row.id(), row.publishedVersion());
                    return new RenewalView.Course(row.id(), document.title(), document.titleEn());
                });
    }
}
