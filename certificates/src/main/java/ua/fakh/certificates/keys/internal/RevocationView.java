package ua.fakh.certificates.keys.internal;

import ua.fakh.certificates.signing.CaRevocationSource;
import ua.fakh.certificates.signing.CertificateAuthority;
import ua.fakh.certificates.signing.Pem;
import ua.fakh.certificates.signing.SerialStatus;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The CA's CRL and OCSP view of every stored key's certificate, rebuilt at most once a minute per node (and
 * at once after a change here): signing 100 certificates a second must not sign a CRL each time. A minute
 * is also shorter than the ten minutes new certificates are backdated, so the CRL embedded in a PDF is
 * never older than the certificate it speaks about (DSS rejects that as inconsistent).
 */
final class RevocationView {
    private static final Duration REBUILD = Duration.ofMinutes(1);
    /** How long verifiers may rely on one CRL: a week, as public CAs do. */
    private static final Duration CRL_VALIDITY = Duration.ofDays(7);

    record Snapshot(byte[] der, CaRevocationSource source, Map<BigInteger, Instant> revoked,
                    java.util.Set<BigInteger> issued, Instant madeAt) {
        SerialStatus status(BigInteger serial) {
            Instant at = revoked.get(serial);
            return at != null ? SerialStatus.revoked(at) : issued.contains(serial) ? SerialStatus.GOOD : SerialStatus.UNKNOWN;
        }
    }

    private final SigningKeyRepository rows;
    private final Clock clock;
    private volatile Snapshot current;

    RevocationView(SigningKeyRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    Snapshot current(CertificateAuthority ca) {
        Snapshot snapshot = current;
        Instant now = clock.instant();
        if (snapshot == null || snapshot.madeAt().plus(REBUILD).isBefore(now) || now.isBefore(snapshot.madeAt())) {
            snapshot = build(ca, now);
            current = snapshot;
        }
        return snapshot;
    }

    void changed() {
        current = null;
    }

    private Snapshot build(CertificateAuthority ca, Instant now) {
        Map<BigInteger, Instant> revoked = new HashMap<>();
        java.util.Set<BigInteger> issued = new java.util.HashSet<>();
        for (SigningKeyRow row : rows.findAll()) {
            X509Certificate first = Pem.decodeCertificates(row.certificate()).get(0);
            if (!first.getIssuerX500Principal().equals(ca.certificate().getSubjectX500Principal())
                    || first.equals(ca.certificate())) {
                continue;
            }
            issued.add(first.getSerialNumber());
            if (row.revokedAt() != null) {
                revoked.put(first.getSerialNumber(), row.revokedAt());
            }
        }
        byte[] der = ca.revocationList(revoked, now, CRL_VALIDITY);
        return new Snapshot(der, new CaRevocationSource(der, ca.certificate()), Map.copyOf(revoked),
                java.util.Set.copyOf(issued), now);
    }
}
