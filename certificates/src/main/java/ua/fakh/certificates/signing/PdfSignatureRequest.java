package ua.fakh.certificates.signing;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What the signature dictionary of a signed PDF says besides the signature itself.
 *
 * @param signedAt the signing time ({@code /M}); PAdES keeps it there, not in the CMS
 * @param reason   e.g. "Сертифікат про підвищення кваліфікації № …"
 * @param location e.g. the installation's public address
 */
public record PdfSignatureRequest(Instant signedAt, @Nullable String reason, @Nullable String location) {
}
