package ua.fakh.certificates.spi;

import io.micronaut.core.annotation.Nullable;

/**
 * What a credential format needs from the installation to render and sign one certificate.
 *
 * @param publicUrl       {@code FAKH_PUBLIC_URL}, without a trailing slash
 * @param signing         the provider's signing key and certificate chain (PAdES, JWS)
 * @param statusListUrl   the public URL of the bitstring status list this certificate is in
 * @param statusListIndex this certificate's bit in that list
 * @param template        the provider's look: logo, colours
 */
public record IssuerContext(String publicUrl, SigningIdentity signing, String statusListUrl, long statusListIndex,
                            @Nullable CertificateTemplate template) {

    /** Where the QR code points and HR checks: {@code {publicUrl}/verify/{code}}. */
    public String verifyUrl(String verificationCode) {
        return publicUrl + "/verify/" + verificationCode;
    }

    /** The issuer's id in credentials: the provider's public profile URL. */
    public String issuerId(String providerKey) {
        return publicUrl + "/issuers/" + providerKey;
    }
}
