package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("certificates")
record CertificateRow(@Id UUID id, String issueKey, @Nullable UUID enrollmentId, UUID userId, UUID courseId,
                      UUID providerId, String serialNumber, String verificationCode, String status, String snapshot,
                      Instant issuedAt, @Nullable UUID issuedBy, @Nullable LocalDate validUntil,
                      @Nullable Instant revokedAt, @Nullable UUID revokedBy, @Nullable String revocationReason,
                      @Nullable UUID supersededBy, long statusListIndex, @Nullable String pdfBlobKey,
                      @Nullable String pdfSha256, String searchText) {

    static final String ISSUED = "ISSUED";
    static final String REVOKED = "REVOKED";

    CertificateRow revoked(Instant at, UUID by, String reason, @Nullable UUID replacement) {
        return new CertificateRow(id, issueKey, enrollmentId, userId, courseId, providerId, serialNumber, verificationCode,
                REVOKED, snapshot, issuedAt, issuedBy, validUntil, at, by, reason, replacement, statusListIndex,
                pdfBlobKey, pdfSha256, searchText);
    }

    CertificateRow withPdf(String blobKey, String sha256) {
        return new CertificateRow(id, issueKey, enrollmentId, userId, courseId, providerId, serialNumber, verificationCode,
                status, snapshot, issuedAt, issuedBy, validUntil, revokedAt, revokedBy, revocationReason, supersededBy,
                statusListIndex, blobKey, sha256, searchText);
    }
}
