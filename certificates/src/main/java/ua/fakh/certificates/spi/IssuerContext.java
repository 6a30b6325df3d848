package ua.fakh.certificates.spi;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What a credential format needs from the installation to render and sign one certificate.
 *
 * @param publicUrl       {@code FAKH_PUBLIC_URL}, without a trailing slash
 * @param providerKey     a stable public key of the issuing provider in URLs (e.g. its organization id):
 *                        credentials name their issuer {@link #issuerId()}
 * @param signing         the provider's signing key and certificate chain (PAdES, JWS)
 * @param statusListUrl   the public URL of the bitstring status list this certificate is in
 * @param statusListIndex this certificate's bit in that list
 * @param template        the provider's look: logo, colours; {@code null} means {@link CertificateTemplate#standard()}
 * @param evidence        the TSA and revocation data that make the PDF signature long-term (PAdES-BASELINE-LT)
 * @param attachments     other forms of the same certificate a format may carry inside its document (none by default)
 */
public record IssuerContext(String publicUrl, String providerKey, SigningIdentity signing, String statusListUrl,
                            long statusListIndex, @Nullable CertificateTemplate template,
                            LongTermEvidence evidence, List<CredentialAttachment> attachments) {

    public IssuerContext {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public IssuerContext(String publicUrl, String providerKey, SigningIdentity signing, String statusListUrl,
                         long statusListIndex, @Nullable CertificateTemplate template, LongTermEvidence evidence) {
        this(publicUrl, providerKey, signing, statusListUrl, statusListIndex, template, evidence, List.of());
    }

    /** The same issuer drawing with another template and carrying {@code others} inside its document. */
    public IssuerContext with(@Nullable CertificateTemplate other, List<CredentialAttachment> others) {
        return new IssuerContext(publicUrl, providerKey, signing, statusListUrl, statusListIndex, other, evidence, others);
    }

    /** Where the QR code points and HR checks: {@code {publicUrl}/verify/{code}}. */
    public String verifyUrl(String verificationCode) {
        return publicUrl + "/verify/" + verificationCode;
    }

    /** The issuer's id in credentials: the provider's public profile URL. */
    public String issuerId(String providerKey) {
        return publicUrl + "/issuers/" + providerKey;
    }

    /** This provider's id in credentials: {@code {publicUrl}/issuers/{providerKey}}. */
    public String issuerId() {
        return issuerId(providerKey);
    }

    /** The template to draw with, the standard one when the provider has none. */
    public CertificateTemplate templateOrStandard() {
        return template != null ? template : CertificateTemplate.standard();
    }
}
