package ua.fakh.web.certificates;

import ua.fakh.certificates.issuing.CertificateView;

/** The page about one certificate's Open Badge: the certificate, and its issuer's public address. */
public record OpenBadgeModel(CertificateView certificate, String publicUrl) {

    /** The issuer id the credential carries: the provider's profile page on this site. */
    public String issuerUrl() {
        return publicUrl.replaceAll("/+$", "") + "/issuers/" + certificate.providerId();
    }
}
