package ua.fakh.certificates.issuing.internal;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A certificate was issued and its signed PDF is still to be made. Issuing holds the provider's
 * number lock, so the slow part (layout, fonts, signature) runs afterwards in its own outbox
 * delivery: numbering stays short, several PDFs render at once, and a crash in between leaves the
 * event to be delivered again.
 */
@Serdeable
public record CertificatePdfDue(UUID certificateId) {
}
