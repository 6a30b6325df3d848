package ua.fakh.courses.analytics;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One trained person of a drill-down: where they work and what they completed in the filter. */
@Serdeable
public record TrainedPerson(UUID userId, String fullName, String email, UUID organizationId, String organizationName,
                            int completions, BigDecimal hours, BigDecimal ectsCredits, LocalDate lastCompletedOn) {
}
