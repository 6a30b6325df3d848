package ua.fakh.certificates.signing;

import eu.europa.esig.dss.crl.CRLBinary;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.crl.CRLValidity;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;

import java.io.IOException;
import java.security.cert.X509Certificate;

/**
 * Answers DSS with one CRL of the installation CA, parsed once: what goes into the DSS dictionary of
 * every PDF signed while this CRL is current, so signing never fetches a CRL over HTTP. Certificates of
 * other issuers get nothing (an imported qualified e-seal's own CRL is not ours to give).
 */
public final class CaRevocationSource implements RevocationSource<CRL> {
    private static final long serialVersionUID = 1L;

    private final transient CertificateToken authority;
    private final transient CRLValidity validity;

    public CaRevocationSource(byte[] crl, X509Certificate authority) {
        this.authority = new CertificateToken(authority);
        CRLBinary binary = CRLUtils.buildCRLBinary(crl);
        try {
            this.validity = CRLUtils.buildCRLValidity(binary, this.authority);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a CRL of " + authority.getSubjectX500Principal(), e);
        }
    }

    @Override
    public RevocationToken<CRL> getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
        if (issuer == null || !issuer.equals(authority) || certificate.equals(authority)) {
            return null;
        }
        CRLToken token = new CRLToken(certificate, validity);
        token.setExternalOrigin(RevocationOrigin.EXTERNAL);
        return token;
    }
}
