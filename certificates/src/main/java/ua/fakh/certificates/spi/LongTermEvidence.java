package ua.fakh.certificates.spi;

import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

import java.security.cert.X509Certificate;

/**
 * What makes a signature verifiable for decades (PAdES-BASELINE-LT): a timestamping authority for the
 * signature timestamp, the revocation status of every certificate in the chains (answered from the
 * installation CA directly, no network call to ourselves), and the trust anchor the chains end in.
 *
 * @param timestamps  the installation's own TSA, or the external one of {@code FAKH_TSA_URL}
 * @param revocations CRLs for the installation CA's certificates
 * @param trustAnchor the installation CA certificate
 */
public record LongTermEvidence(TSPSource timestamps, RevocationSource<CRL> revocations, X509Certificate trustAnchor) {
}
