package ua.fakh.certificates.spi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a certificate states, frozen when it is issued (later edits of the course or the person
 * change nothing). What Ukrainian rules expect a professional-development document to state: the
 * provider (and EDRPOU), topic and volume in hours and ECTS credits, the holder's full name, the
 * learning outcomes, the date of issue and registration number, the authorised signatory; plus the
 * training dates, the result, the validity and the verification code.
 *
 * @param subjectId a pseudonymous, stable id of the holder for this credential (never the user id or e-mail)
 */
@Serdeable
public record CertificateSnapshot(
        UUID id,
        String serialNumber,
        String verificationCode,
        String subjectId,
        String holderName,
        String courseTitle,
        @Nullable String courseTitleEn,
        BigDecimal hours,
        BigDecimal ectsCredits,
        List<String> outcomes,
        String providerName,
        @Nullable String providerNameEn,
        @Nullable String providerEdrpou,
        @Nullable LocalDate trainingStart,
        LocalDate trainingEnd,
        @Nullable String result,
        String signatoryName,
        String signatoryPosition,
        Instant issuedAt,
        @Nullable LocalDate validUntil,
        String language) {
}
