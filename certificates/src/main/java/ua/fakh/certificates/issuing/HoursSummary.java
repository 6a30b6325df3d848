package ua.fakh.certificates.issuing;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.UUID;

/** One person's professional development in one year: certificates, hours, ECTS credits (revoked ones excluded). */
@Serdeable
public record HoursSummary(UUID userId, String fullName, int year, int certificates, BigDecimal hours, BigDecimal ectsCredits) {
}
