package ua.fakh.certificates.signing;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import io.micronaut.core.annotation.Nullable;
import ua.fakh.certificates.spi.SigningIdentity;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The installation's own certificate authority: it certifies the keys that sign each provider's
 * certificates, so a PDF reader shows who signed and a verifier can chain a key to the installation.
 * Not a qualified trust service: providers that have a qualified e-seal import it with {@link Pkcs12Import}.
 * Immutable and thread-safe; keep it with {@link KeyEncryption} via {@link #asSigningIdentity(String)}.
 */
public final class CertificateAuthority {
    static final ASN1ObjectIdentifier DOCUMENT_SIGNING = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36");
    private static final int CA_YEARS = 10;
    private static final int SIGNER_YEARS = 3;

    private static final int TSA_YEARS = 10;

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    /** {@code FAKH_PUBLIC_URL} without a trailing slash: where the CA publishes itself, its CRL and OCSP. */
    @Nullable
    private final String publicUrl;

    private CertificateAuthority(PrivateKey privateKey, X509Certificate certificate, @Nullable String publicUrl) {
        this.privateKey = privateKey;
        this.certificate = certificate;
        this.publicUrl = publicUrl;
    }

    /**
     * This CA publishing at {@code publicUrl}: what it issues from now on names {@code /pki/ca.crl} (CRL
     * distribution point), {@code /pki/ca.crt} (caIssuers) and {@code /pki/ocsp} so any verifier finds the
     * revocation status.
     */
    public CertificateAuthority publishingAt(String publicUrl) {
        return new CertificateAuthority(privateKey, certificate, publicUrl.replaceAll("/+$", ""));
    }

    /** A new CA, {@code CN=Fakh installation CA <installationName>}, valid for 10 years from {@code now}. */
    public static CertificateAuthority create(String installationName, KeyAlgorithm algorithm, Instant now) {
        KeyPair keys = algorithm.generate();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "Fakh installation CA " + installationName.strip()).build();
        X509Certificate certificate = new CertificateMaker(subject, keys.getPrivate(), null)
                .subject(subject, keys.getPublic())
                .validity(now, years(now, CA_YEARS))
                .extension(Extension.basicConstraints, true, new BasicConstraints(0))
                .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .make();
        return new CertificateAuthority(keys.getPrivate(), certificate, null);
    }

    /**
     * The CA kept earlier ({@link #asSigningIdentity(String)}, then {@link KeyEncryption}).
     *
     * @throws IllegalArgumentException when the certificate is not a CA or does not belong to the key
     */
    public static CertificateAuthority of(SigningIdentity stored) {
        X509Certificate certificate = stored.certificate();
        if (certificate.getBasicConstraints() < 0) {
            throw new IllegalArgumentException("Not a CA certificate: " + certificate.getSubjectX500Principal());
        }
        KeyChecks.requireMatching(stored.privateKey(), certificate);
        return new CertificateAuthority(stored.privateKey(), certificate, null);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA's key and certificate in the form {@link KeyEncryption} stores. */
    public SigningIdentity asSigningIdentity(String keyId) {
        return new SigningIdentity(keyId, privateKey, List.of(certificate));
    }

    /**
     * A new key for one provider and its certificate (3 years, never beyond the CA's own): CN and O the
     * provider's name (UTF8String, Cyrillic kept), organizationIdentifier {@code NTRUA-<EDRPOU>}, C=UA,
     * key usage digitalSignature + nonRepudiation, extended key usage documentSigning + emailProtection
     * (the latter is what Adobe Reader looks for).
     *
     * @param keyId the JWK {@code kid} the identity is published under
     */
    public SigningIdentity issueSigningIdentity(String keyId, SignerOrganization organization, KeyAlgorithm algorithm,
                                                Instant now) {
        KeyPair keys = algorithm.generate();
        return new SigningIdentity(keyId, keys.getPrivate(),
                List.of(issueSigningCertificate(keys.getPublic(), organization, now), certificate));
    }

    /** The certificate {@link #issueSigningIdentity} makes, for a key made elsewhere. */
    public X509Certificate issueSigningCertificate(PublicKey key, SignerOrganization organization, Instant now) {
        KeyAlgorithm.of(key);
        Instant notAfter = years(now, SIGNER_YEARS).isAfter(certificate.getNotAfter().toInstant())
                ? certificate.getNotAfter().toInstant() : years(now, SIGNER_YEARS);
        return published(new CertificateMaker(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                privateKey, certificate)
                .subject(subjectOf(organization), key)
                .validity(now, notAfter)
                .extension(Extension.basicConstraints, true, new BasicConstraints(false))
                .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[]{
                        KeyPurposeId.getInstance(DOCUMENT_SIGNING), KeyPurposeId.id_kp_emailProtection})))
                .make();
    }

    /**
     * The installation's own timestamping authority (RFC 3161): its own key, a certificate with the single,
     * critical extended key usage timeStamping, valid as long as the CA (10 years at most).
     */
    public SigningIdentity issueTimestampingIdentity(String keyId, String installationName, Instant now) {
        KeyPair keys = KeyAlgorithm.RSA.generate();
        Instant notAfter = years(now, TSA_YEARS).isAfter(certificate.getNotAfter().toInstant())
                ? certificate.getNotAfter().toInstant() : years(now, TSA_YEARS);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "Fakh timestamping " + installationName.strip()).build();
        X509Certificate tsa = published(new CertificateMaker(
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), privateKey, certificate)
                .subject(subject, keys.getPublic())
                .validity(now, notAfter)
                .extension(Extension.basicConstraints, true, new BasicConstraints(false))
                .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .extension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)))
                .make();
        return new SigningIdentity(keyId, keys.getPrivate(), List.of(tsa, certificate));
    }

    /** The certificate revocation list of this CA, signed now; see {@link RevocationList}. */
    public byte[] revocationList(java.util.Map<java.math.BigInteger, Instant> revoked, Instant now,
                                 java.time.Duration validity) {
        return RevocationList.sign(privateKey, certificate, revoked, now, validity);
    }

    /** An RFC 6960 answer, signed by this CA itself, to a DER OCSP request; see {@link OcspResponder}. */
    public byte[] ocspResponse(byte[] request, java.util.function.Function<java.math.BigInteger, SerialStatus> status,
                               Instant now) {
        return OcspResponder.respond(request, privateKey, certificate, status, now);
    }

    private CertificateMaker published(CertificateMaker maker) {
        if (publicUrl == null) {
            return maker;
        }
        GeneralName crl = new GeneralName(GeneralName.uniformResourceIdentifier, publicUrl + "/pki/ca.crl");
        return maker
                .extension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[]{
                        new DistributionPoint(new DistributionPointName(new GeneralNames(crl)), null, null)}))
                .extension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[]{
                        new AccessDescription(AccessDescription.id_ad_caIssuers,
                                new GeneralName(GeneralName.uniformResourceIdentifier, publicUrl + "/pki/ca.crt")),
                        new AccessDescription(AccessDescription.id_ad_ocsp,
                                new GeneralName(GeneralName.uniformResourceIdentifier, publicUrl + "/pki/ocsp"))}));
    }

    private static X500Name subjectOf(SignerOrganization organization) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "UA")
                .addRDN(BCStyle.O, organization.name());
        if (organization.organizationIdentifier() != null) {
            name.addRDN(BCStyle.ORGANIZATION_IDENTIFIER, organization.organizationIdentifier());
        }
        return name.addRDN(BCStyle.CN, organization.name()).build();
    }

    private static Instant years(Instant from, int years) {
        return from.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
    }
}
