package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.events.OutboxListener;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.CourseCompleted;

import java.util.UUID;

/**
 * A completed enrollment earns its certificate. Runs in the outbox's delivery transaction; the issue
 * key (one per enrollment) makes a second delivery of the same event a no-op.
 */
@Singleton
class CompletionListener implements OutboxListener<CourseCompleted> {
    private final CertificateIssuer issuer;
    private final CertificatePdfs pdfs;

    CompletionListener(CertificateIssuer issuer, CertificatePdfs pdfs) {
        this.issuer = issuer;
        this.pdfs = pdfs;
    }

    @Override
    public Class<CourseCompleted> eventType() {
        return CourseCompleted.class;
    }

    @Override
    public void on(CourseCompleted event, UUID eventId) {
        CertificateIssuer.Issued issued = issuer.issue(issueKeyOf(event.enrollmentId()), event.enrollmentId(),
                new SnapshotFactory.Facts(event.learnerId(), event.courseId(), event.courseVersion(), event.enrolledAt(),
                        event.completedAt(), event.result()), Caller.system());
        if (issued.isNew()) {
            pdfs.requestFor(issued.row());
        }
    }

    static String issueKeyOf(UUID enrollmentId) {
        return "enrollment:" + enrollmentId;
    }
}
