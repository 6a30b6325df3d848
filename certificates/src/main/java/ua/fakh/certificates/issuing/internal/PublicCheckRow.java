package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** What the public check reads: the certificate's status columns, its frozen snapshot and its replacement's number. */
record PublicCheckRow(String status, @Nullable LocalDate validUntil, @Nullable Instant revokedAt,
                      @Nullable String revocationReason, String serialNumber, String verificationCode, String snapshot,
                      @Nullable String supersededBySerialNumber) {
}
