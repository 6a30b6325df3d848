package ua.fakh.certificates.signing;

import io.micronaut.core.annotation.Nullable;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Builds one X.509 v3 certificate with Bouncy Castle: random serial, key identifiers, the extensions given. */
final class CertificateMaker {
    /** Tolerates clocks of nodes and readers a little behind ours. */
    private static final Duration BACKDATE = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Ext(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
    }

    private final X500Name issuer;
    private final PrivateKey issuerKey;
    @Nullable
    private final X509Certificate issuerCertificate;
    private final List<Ext> extensions = new ArrayList<>();
    private X500Name subject;
    private PublicKey subjectKey;
    private Instant notBefore;
    private Instant notAfter;

    /** @param issuerCertificate {@code null} for a self-signed certificate */
    CertificateMaker(X500Name issuer, PrivateKey issuerKey, @Nullable X509Certificate issuerCertificate) {
        this.issuer = issuer;
        this.issuerKey = issuerKey;
        this.issuerCertificate = issuerCertificate;
    }

    CertificateMaker subject(X500Name name, PublicKey key) {
        this.subject = name;
        this.subjectKey = key;
        return this;
    }

    CertificateMaker validity(Instant from, Instant to) {
        this.notBefore = from.minus(BACKDATE).truncatedTo(ChronoUnit.SECONDS);
        this.notAfter = to.truncatedTo(ChronoUnit.SECONDS);
        return this;
    }

    CertificateMaker extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        extensions.add(new Ext(oid, critical, value));
        return this;
    }

    X509Certificate make() {
        try {
            JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(), Date.from(notBefore),
                    Date.from(notAfter), subject, subjectKey)
                    .addExtension(Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(subjectKey))
                    .addExtension(Extension.authorityKeyIdentifier, false, issuerCertificate == null
                            ? ids.createAuthorityKeyIdentifier(subjectKey)
                            : ids.createAuthorityKeyIdentifier(issuerCertificate));
            for (Ext extension : extensions) {
                builder.addExtension(extension.oid(), extension.critical(), extension.value());
            }
            var signer = new JcaContentSignerBuilder(KeyAlgorithm.of(issuerKey).signatureAlgorithm()).build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Could not make a certificate for " + subject, e);
        }
    }

    /** 127 random bits: positive, unique in practice, as CAs are asked to do. */
    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).setBit(126);
    }
}
