package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.certificates.issuing.CertificateFilter;
import ua.fakh.certificates.issuing.CertificateStatus;
import ua.fakh.certificates.issuing.CertificateView;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.certificates.issuing.HoursSummary;
import ua.fakh.certificates.issuing.IssueReport;
import ua.fakh.certificates.issuing.PdfMatch;
import ua.fakh.certificates.issuing.PublicCertificate;
import ua.fakh.certificates.signing.PdfSignatureReport;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

@Singleton
class CertificateService implements Certificates {
    private final CertificateRepository certificates;
    private final CertificateIssuer issuer;
    private final CertificatePdfs pdfs;
    private final CertificateViews views;
    private final CertificateAccess access;
    private final Enrollments enrollments;
    private final CourseRecords courses;
    private final AuditLog audit;
    private final Clock clock;
    private final Cohorts cohorts;
    private final CertificateArchive archive;
    private final ExecutorService executor;
    private final CompletionRefusal refusal;
    private final PdfChecks pdfChecks;
    private final ArchiveTimestampRepository archiveTimestamps;
    private final PublicChecks publicChecks;

    CertificateService(CertificateRepository certificates, CertificateIssuer issuer, CertificatePdfs pdfs,
                       CertificateViews views, CertificateAccess access, Enrollments enrollments, CourseRecords courses,
                       AuditLog audit, Clock clock, Cohorts cohorts, CertificateArchive archive,
                       @Named(TaskExecutors.BLOCKING) ExecutorService executor, CompletionRefusal refusal,
                       PdfChecks pdfChecks, ArchiveTimestampRepository archiveTimestamps, PublicChecks publicChecks) {
        this.publicChecks = publicChecks;
        this.pdfChecks = pdfChecks;
        this.archiveTimestamps = archiveTimestamps;
        this.refusal = refusal;
        this.cohorts = cohorts;
        this.archive = archive;
        this.executor = executor;
        this.certificates = certificates;
        this.issuer = issuer;
        this.pdfs = pdfs;
        this.views = views;
        this.access = access;
        this.enrollments = enrollments;
        this.courses = courses;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CertificateView> mine(Caller holder) {
        return certificates.findByUserIdOrderByIssuedAtDesc(holder.userId()).stream().map(views::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CertificateView get(UUID certificateId, Caller caller) {
        CertificateRow row = row(certificateId);
        access.checkRead(row, caller);
        return views.view(row);
    }

    @Override
    @Transactional
    public IssueReport issueForCourse(UUID courseId, List<UUID> userIds, Caller trainer) {
        if (!courses.mayEdit(courseId, trainer)) {
            throw new ForbiddenException("problem.certificate.issueTrainersOnly");
        }
        if (userIds.size() > 2_000) {
            throw ValidationException.of("userIds", "problem.field.certificate.tooManyAtOnce");
        }
        int issued = 0;
        int already = 0;
        List<IssueReport.Line> lines = new ArrayList<>();
        for (UUID userId : userIds) {
            Optional<EnrollmentView> enrollment = enrollments.find(courseId, userId);
            if (enrollment.isEmpty() || enrollment.get().status() == EnrollmentStatus.WITHDRAWN) {
                lines.add(IssueReport.Line.refused(userId, "issuing.refused.notEnrolled"));
                continue;
            }
            enrollments.recheck(enrollment.get().id());
            EnrollmentView current = enrollments.find(courseId, userId).orElseThrow();
            if (current.status() != EnrollmentStatus.COMPLETED) {
                // the same missing requirements the learner's course page lists, in the trainer's language
                lines.add(new IssueReport.Line(userId, IssueReport.REFUSED, null, refusal.reason(current.id()), null, List.of()));
                continue;
            }
            CertificateIssuer.Issued result = issuer.issue(CompletionListener.issueKeyOf(current.id()), current.id(),
                    new SnapshotFactory.Facts(userId, courseId, courses.publishedVersion(courseId), current.enrolledAt(),
                            current.completedAt(), null), trainer);
            if (result.isNew()) {
                issued++;
                pdfs.requestFor(result.row());
                lines.add(IssueReport.Line.issued(userId, IssueReport.ISSUED, result.row().serialNumber()));
            } else {
                already++;
                lines.add(IssueReport.Line.issued(userId, IssueReport.ALREADY_ISSUED, result.row().serialNumber()));
            }
        }
        return new IssueReport(issued, already, lines);
    }

    @Override
    @Transactional
    public IssueReport issueForCohort(UUID courseId, UUID cohortId, Caller trainer) {
        if (!cohorts.get(cohortId, trainer).courseId().equals(courseId)) {
            throw new NotFoundException("problem.cohort.notInCourse");
        }
        List<UUID> members = new ArrayList<>();
        int page = 0;
        PageView<EnrollmentView> batch;
        do {
            batch = enrollments.ofCourse(courseId, trainer, page++, Paging.MAX_SIZE);
            batch.content().stream().filter(e -> cohortId.equals(e.cohortId()) && e.status() != EnrollmentStatus.WITHDRAWN)
                    .map(EnrollmentView::userId).forEach(members::add);
        } while ((long) page * Paging.MAX_SIZE < batch.totalSize());
        return issueForCourse(courseId, members, trainer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CertificateView> ofCourse(UUID courseId, Caller trainer) {
        if (!courses.mayEdit(courseId, trainer)) {
            throw new ForbiddenException("problem.certificate.seeTrainersOnly");
        }
        return certificates.findByCourseIdOrderByIssuedAtDesc(courseId).stream().map(views::view).toList();
    }

    @Override
    @Transactional
    public CertificateView revoke(UUID certificateId, String reason, Caller actor) {
        CertificateRow row = certificates.findByIdForUpdate(certificateId).orElseThrow(() -> new NotFoundException("problem.certificate.notFound"));
        access.checkManage(row, actor);
        String why = requireReason(reason);
        if (CertificateRow.REVOKED.equals(row.status())) {
            return views.view(row);
        }
        CertificateRow revoked = certificates.update(row.revoked(clock.instant(), actor.userId(), why, null));
        audit.record(actor, "CERTIFICATE_REVOKED", "certificate", certificateId, Map.of("serialNumber", row.serialNumber(), "reason", why));
        return views.view(revoked);
    }

    @Override
    @Transactional
    public CertificateView reissue(UUID certificateId, String reason, Caller actor) {
        CertificateRow row = certificates.findByIdForUpdate(certificateId).orElseThrow(() -> new NotFoundException("problem.certificate.notFound"));
        access.checkManage(row, actor);
        String why = requireReason(reason);
        if (row.supersededBy() != null) {
            throw new ConflictException("problem.certificate.alreadyReplaced");
        }
        var snapshot = pdfs.snapshot(row);
        CertificateIssuer.Issued replacement = issuer.issue("reissue:" + row.id(), row.enrollmentId(),
                new SnapshotFactory.Facts(row.userId(), row.courseId(), courses.publishedVersion(row.courseId()),
                        (snapshot.trainingStart() == null ? snapshot.trainingEnd() : snapshot.trainingStart())
                                .atStartOfDay(KyivTime.ZONE).toInstant(),
                        snapshot.trainingEnd().atStartOfDay(KyivTime.ZONE).toInstant(), null), actor);
        certificates.update(row.revoked(clock.instant(), actor.userId(), SUPERSEDED_REASON_PREFIX + why, replacement.row().id()));
        pdfs.requestFor(replacement.row());
        Map<String, Object> details = new LinkedHashMap<>(Map.of("replacement", replacement.row().serialNumber(), "reason", why));
        String holderName = pdfs.snapshot(replacement.row()).holderName();
        if (!holderName.equals(snapshot.holderName())) {
            // a changed name reaches a signed certificate only here, and the audit log says so
            details.put("previousHolderName", snapshot.holderName());
            details.put("holderName", holderName);
        }
        audit.record(actor, "CERTIFICATE_REISSUED", "certificate", certificateId, details);
        return views.view(certificates.findById(replacement.row().id()).orElseThrow());
    }

    @Override
    public Optional<PublicCertificate> check(String code) {
        return publicChecks.check(code);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicCertificate> checkByNumber(String registrationNumber, String holderName) {
        String number = registrationNumber == null ? "" : registrationNumber.strip();
        if (number.isEmpty() || number.length() > 80) {
            return Optional.empty();
        }
        return certificates.findBySerialNumber(number)
                .or(() -> certificates.findBySerialNumber(number.toUpperCase(java.util.Locale.ROOT)))
                .filter(row -> HolderNames.matches(pdfs.snapshot(row).holderName(), holderName))
                .map(views::publicView);
    }

    @Override
    @Transactional
    public Optional<PdfMatch> checkPdf(String code, byte[] pdf) {
        String normalised = VerificationCodes.normalise(code);
        if (!VerificationCodes.looksValid(normalised)) {
            return Optional.empty();
        }
        return certificates.findByVerificationCode(normalised).map(row -> {
            CertificateRow stored = pdfs.available() ? pdfs.withPdf(row) : row;
            PdfSignatureReport report = pdfChecks.check(pdf);
            boolean same = stored.pdfSha256() != null && (stored.pdfSha256().equals(report.sha256())
                    || archiveTimestamps.wasEarlierVersion(stored.id(), report.sha256()));
            return new PdfMatch(same, report.valid(), report.valid() ? report.signerName() : null, views.publicView(stored),
                    report.indication(), report.level(), report.timestampedAt(), report.signerValidThen());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<CertificateView> ofOrganization(UUID organizationId, CertificateFilter filter, Caller caller,
                                                  @Nullable Integer page, @Nullable Integer size) {
        return Paging.view(search(organizationId, filter, caller).page(certificates, Paging.of(page, size))).map(views::view);
    }

    @Override
    public InputStream pdfZip(UUID organizationId, CertificateFilter filter, Caller caller) {
        CertificateSearch search = search(organizationId, filter, caller);
        return PipedArchive.start(out -> archive.write(search, out), executor);
    }

    private CertificateSearch search(UUID organizationId, CertificateFilter filter, Caller caller) {
        access.checkOrganization(organizationId, caller);
        return CertificateSearch.of(certificates.organizationPath(organizationId).orElseThrow(), filter);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HoursSummary> hoursSummary(UUID organizationId, @Nullable Integer year, Caller caller) {
        Map<String, HoursSummary> byPersonYear = new LinkedHashMap<>();
        int page = 0;
        PageView<CertificateView> batch;
        do {
            batch = ofOrganization(organizationId, new CertificateFilter(null, null,
                    year == null ? null : LocalDate.of(year, 1, 1), year == null ? null : LocalDate.of(year, 12, 31), null),
                    caller, page++, Paging.MAX_SIZE);
            for (CertificateView c : batch.content()) {
                if (c.status() == CertificateStatus.REVOKED) {
                    continue;
                }
                int y = KyivTime.day(c.issuedAt()).getYear();
                byPersonYear.merge(c.userId() + ":" + y, new HoursSummary(c.userId(), c.holderName(), y, 1, c.hours(), c.ectsCredits()),
                        (a, b) -> new HoursSummary(a.userId(), a.fullName(), a.year(), a.certificates() + 1,
                                a.hours().add(b.hours()), a.ectsCredits().add(b.ectsCredits())));
            }
        } while ((long) page * Paging.MAX_SIZE < batch.totalSize());
        return byPersonYear.values().stream()
                .sorted(Comparator.comparing(HoursSummary::fullName).thenComparing(HoursSummary::year)).toList();
    }

    private CertificateRow row(UUID id) {
        return certificates.findById(id).orElseThrow(() -> new NotFoundException("problem.certificate.notFound"));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw ValidationException.of("reason", "problem.field.certificate.reason");
        }
        return reason.strip();
    }
}
