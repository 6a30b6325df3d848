package ua.fakh.certificates.signing;

import io.micronaut.core.annotation.Nullable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Verifies a detached CMS signature over the signed bytes of a PDF. */
record CmsCheck(List<String> problems, @Nullable X509Certificate signer, @Nullable String signerName,
                @Nullable Instant signedAt, @Nullable Instant notBefore, @Nullable Instant notAfter) {

    static CmsCheck of(byte[] signedBytes, byte[] cmsBytes, @Nullable Instant signedAt) {
        List<String> problems = new ArrayList<>();
        try {
            ASN1Primitive structure;
            try (ASN1InputStream in = new ASN1InputStream(cmsBytes)) {
                structure = in.readObject();
            }
            if (structure == null || !zeros(cmsBytes, structure.getEncoded().length)) {
                return failed("The signature value is not a single CMS structure padded with zeros", signedAt);
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), ContentInfo.getInstance(structure));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return failed("Expected one signer, found " + signers.size(), signedAt);
            }
            SignerInformation info = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
            if (matches.isEmpty()) {
                return failed("The signing certificate is not in the signature", signedAt);
            }
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate signer = new JcaX509CertificateConverter().getCertificate(holder);
            try {
                if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                    problems.add("The signature value does not match the signing certificate");
                }
            } catch (CMSException e) {
                problems.add("The signed bytes were changed after signing (" + e.getMessage() + ")");
            }
            checkSigningCertificateAttribute(info, signer, problems);
            if (signedAt != null && (signedAt.isBefore(signer.getNotBefore().toInstant())
                    || signedAt.isAfter(signer.getNotAfter().toInstant()))) {
                problems.add("The signing certificate was not valid at the stated signing time " + signedAt);
            }
            return new CmsCheck(problems, signer, readableName(signer), signedAt, signer.getNotBefore().toInstant(),
                    signer.getNotAfter().toInstant());
        } catch (CMSException | GeneralSecurityException | OperatorCreationException | IOException | RuntimeException e) {
            return failed("The signature cannot be read: " + e.getMessage(), signedAt);
        }
    }

    /** PAdES binds the certificate into the signed attributes, so it cannot be swapped for another with the same key. */
    private static void checkSigningCertificateAttribute(SignerInformation info, X509Certificate signer, List<String> problems)
            throws GeneralSecurityException {
        Attribute attribute = info.getSignedAttributes() == null ? null
                : info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            problems.add("No ESS signing-certificate-v2 attribute: not a PAdES signature");
            return;
        }
        ESSCertIDv2 id = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
        String algorithm = id.getHashAlgorithm().getAlgorithm().getId();
        byte[] expected = MessageDigest.getInstance(algorithm).digest(signer.getEncoded());
        if (!Arrays.equals(expected, id.getCertHash())) {
            problems.add("The signing-certificate-v2 attribute names another certificate");
        }
    }

    /** {@code C=UA,O=…,CN=…} with the values as written, Cyrillic kept (not RFC 2253 escapes). */
    static String readableName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return Arrays.stream(name.getRDNs()).map(CmsCheck::readable).collect(Collectors.joining(","));
    }

    private static String readable(RDN rdn) {
        var pair = rdn.getFirst();
        String type = BCStyle.INSTANCE.oidToDisplayName(pair.getType());
        String value = pair.getValue() instanceof ASN1String text ? text.getString() : pair.getValue().toString();
        return (type != null ? type : pair.getType().getId()) + "=" + value;
    }

    /** PDF writers pad the signature value with zeros to the size they reserved; anything else there is hidden data. */
    private static boolean zeros(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static CmsCheck failed(String problem, @Nullable Instant signedAt) {
        return new CmsCheck(List.of(problem), null, null, signedAt, null, null);
    }
}
