package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A certificate as its holder, its trainer, HR and administrators see it: the snapshot's fields,
 * the status, and the bookkeeping (revocation, supersession).
 */
@Serdeable
public record CertificateView(UUID id, String code, String serialNumber, CertificateStatus status, UUID userId,
                              String holderName, UUID courseId, String courseTitle, @Nullable String courseTitleEn,
                              BigDecimal hours, BigDecimal ectsCredits, List<String> outcomes, UUID providerId,
                              String providerName, @Nullable String providerEdrpou, @Nullable LocalDate trainingStart,
                              LocalDate trainingEnd, @Nullable String result, String signatoryName,
                              String signatoryPosition, Instant issuedAt, @Nullable LocalDate validUntil,
                              @Nullable Instant revokedAt, @Nullable String revocationReason, @Nullable UUID supersededBy,
                              @Nullable UUID enrollmentId) {
}
