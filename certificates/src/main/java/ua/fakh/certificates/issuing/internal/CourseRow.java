package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A course as the HR filter lists it. */
@Introspected
record CourseRow(UUID id, String title) {
}
