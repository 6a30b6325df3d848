package ua.fakh.certificates.signing;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What the installation CA knows of one serial number, for OCSP.
 *
 * @param issued    the CA issued a certificate with that serial (else OCSP answers "unknown")
 * @param revokedAt when it was revoked, {@code null} while it is good
 */
public record SerialStatus(boolean issued, @Nullable Instant revokedAt) {
    public static final SerialStatus UNKNOWN = new SerialStatus(false, null);
    public static final SerialStatus GOOD = new SerialStatus(true, null);

    public static SerialStatus revoked(Instant at) {
        return new SerialStatus(true, at);
    }
}
