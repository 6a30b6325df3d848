package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** HR's search: by person (name or e-mail), course, issue date range and status; all optional. */
public record CertificateFilter(@Nullable String person, @Nullable UUID courseId, @Nullable LocalDate from,
                                @Nullable LocalDate to, @Nullable CertificateStatus status) {
}
