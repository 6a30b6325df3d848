package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public check: the status and every field printed on the PDF, so an edited PDF cannot pass —
 * and nothing about the person beyond what the certificate prints. {@code providerEn} and {@code resultEn}
 * are the English wording where there is one, for an English reader.
 */
@Serdeable
public record PublicCertificate(CertificateStatus status, @Nullable Instant revokedAt, @Nullable String revocationReason,
                                String serialNumber, String verificationCode, String holderName, String courseTitle,
                                @Nullable String courseTitleEn, BigDecimal hours, BigDecimal ectsCredits,
                                List<String> outcomes, String provider, @Nullable String providerEn,
                                @Nullable String providerEdrpou, @Nullable LocalDate trainingStart, LocalDate trainingEnd,
                                @Nullable String result, @Nullable String resultEn,
                                String signatoryName, String signatoryPosition, Instant issuedAt,
                                @Nullable LocalDate validUntil, @Nullable String supersededBySerialNumber) {
}
