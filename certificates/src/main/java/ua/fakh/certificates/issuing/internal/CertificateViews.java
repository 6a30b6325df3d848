package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.certificates.issuing.CertificateStatus;
import ua.fakh.certificates.issuing.CertificateView;
import ua.fakh.certificates.issuing.PublicCertificate;
import ua.fakh.certificates.spi.CertificateSnapshot;

import java.time.Clock;
import java.time.LocalDate;

/** Turns rows into what callers see; the status is computed, so "expired" needs no job to flip it. */
@Singleton
class CertificateViews {
    private final CertificatePdfs pdfs;
    private final CertificateRepository certificates;
    private final Clock clock;

    CertificateViews(CertificatePdfs pdfs, CertificateRepository certificates, Clock clock) {
        this.pdfs = pdfs;
        this.certificates = certificates;
        this.clock = clock;
    }

    CertificateStatus status(CertificateRow row) {
        return status(row.status(), row.validUntil());
    }

    private CertificateStatus status(String stored, @Nullable LocalDate validUntil) {
        if (CertificateRow.REVOKED.equals(stored)) {
            return CertificateStatus.REVOKED;
        }
        LocalDate today = KyivTime.day(clock.instant());
        return validUntil != null && validUntil.isBefore(today) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    CertificateView view(CertificateRow row) {
        CertificateSnapshot s = pdfs.snapshot(row);
        return new CertificateView(row.id(), row.verificationCode(), row.serialNumber(), status(row), row.userId(),
                s.holderName(), row.courseId(), s.courseTitle(), s.courseTitleEn(), s.hours(), s.ectsCredits(), s.outcomes(),
                row.providerId(), s.providerName(), s.providerEdrpou(), s.trainingStart(), s.trainingEnd(), s.result(),
                s.signatoryName(), s.signatoryPosition(), s.issuedAt(), s.validUntil(), row.revokedAt(),
                row.revocationReason(), row.supersededBy(), row.enrollmentId());
    }

    /** As the public check reads it, the replacement's number looked up (the check itself joins it). */
    PublicCertificate publicView(CertificateRow row) {
        String replacement = row.supersededBy() == null ? null
                : certificates.findById(row.supersededBy()).map(CertificateRow::serialNumber).orElse(null);
        return publicView(new PublicCheckRow(row.status(), row.validUntil(), row.revokedAt(), row.revocationReason(),
                row.serialNumber(), row.verificationCode(), row.snapshot(), replacement));
    }

    PublicCertificate publicView(PublicCheckRow row) {
        CertificateSnapshot s = pdfs.snapshot(row.snapshot());
        return new PublicCertificate(status(row.status(), row.validUntil()), row.revokedAt(), row.revocationReason(),
                row.serialNumber(), row.verificationCode(), s.holderName(), s.courseTitle(), s.courseTitleEn(), s.hours(),
                s.ectsCredits(), s.outcomes(), s.providerName(), s.providerNameEn(), s.providerEdrpou(), s.trainingStart(),
                s.trainingEnd(), s.result(), SnapshotFactory.resultEn(s.result()), s.signatoryName(), s.signatoryPosition(),
                s.issuedAt(), s.validUntil(), row.supersededBySerialNumber());
    }
}
