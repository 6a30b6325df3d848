package ua.fakh.certificates.spi;

import io.micronaut.core.annotation.Nullable;

/** A provider's look on its certificates: a PNG/JPEG logo, a main and an accent colour ({@code #RRGGBB}). */
public record CertificateTemplate(@Nullable byte[] logo, String primaryColor, String accentColor) {

    public static CertificateTemplate standard() {
        return new CertificateTemplate(null, "#1F3A5F", "#C8A24A");
    }
}
