package ua.fakh.core.organizations;

import io.micronaut.serde.annotation.Serdeable;

/** {@code POST /api/organizations/facts}: how many organizations the file named, and how many of them changed. */
@Serdeable
public record FactsImportResult(int organizations, int changed) {
}
