package ua.fakh.web.certificates;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.certificates.issuing.HoursSummary;

import java.util.List;
import java.util.UUID;

/** Per person and year: certificates, hours, ECTS credits — what an attestation commission asks for. */
public record HoursModel(UUID organizationId, String organizationName, @Nullable Integer year, List<HoursSummary> rows) {
}
