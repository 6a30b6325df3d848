package ua.fakh.certificates.signing;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.CertificationPermission;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import ua.fakh.certificates.spi.CredentialException;
import ua.fakh.certificates.spi.LongTermEvidence;
import ua.fakh.certificates.spi.SigningIdentity;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;

/**
 * Signs a PDF with EU DSS as PAdES-BASELINE-LT: a CAdES-detached signature (filter Adobe.PPKLite,
 * subfilter ETSI.CAdES.detached) with an RFC 3161 signature timestamp, then a DSS dictionary with the
 * chains and CRLs of the signing and timestamping certificates, each an incremental update. The
 * signature certifies the document (DocMDP P=2: form filling and further signatures allowed), so readers
 * flag any other later change. Stateless and thread-safe.
 */
public final class PdfSigner {
    private static final int CMS_OVERHEAD = 12_000;

    private PdfSigner() {
    }

    /**
     * @param pdf      an unsigned PDF
     * @param evidence the TSA and the revocation data the signature is made long-term with
     * @return the PDF with the signature appended; the bytes before it are {@code pdf} unchanged
     * @throws CredentialException when the PDF cannot be read, the key cannot sign or the TSA did not answer
     */
    public static byte[] sign(byte[] pdf, SigningIdentity identity, PdfSignatureRequest request, LongTermEvidence evidence) {
        try {
            PAdESService service = service(evidence);
            PAdESSignatureParameters parameters = parameters(identity, request, evidence);
            DSSDocument document = new InMemoryDocument(pdf);
            ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
            SignatureValue value = signatureValue(identity, toBeSigned.getBytes());
            DSSDocument signed = service.signDocument(document, parameters, value);
            try (var in = signed.openStream()) {
                return in.readAllBytes();
            }
        } catch (DSSException | IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new CredentialException("The PDF could not be signed with key " + identity.keyId(), e);
        }
    }

    /** DSS with the installation's evidence only: nothing is fetched over the network while signing. */
    static CommonCertificateVerifier verifier(LongTermEvidence evidence) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setCrlSource(evidence.revocations());
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(evidence.trustAnchor()));
        verifier.setTrustedCertSources(trusted);
        // an imported e-seal of another CA has no revocation data here: it still gets signed, timestamped
        verifier.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
        return verifier;
    }

    static PAdESService service(LongTermEvidence evidence) {
        PAdESService service = new PAdESService(verifier(evidence));
        service.setPdfObjFactory(new InvisibleSignatures());
        service.setTspSource(evidence.timestamps());
        return service;
    }

    private static PAdESSignatureParameters parameters(SigningIdentity identity, PdfSignatureRequest request,
                                                       LongTermEvidence evidence) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_LT);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(identity.certificate()));
        parameters.setCertificateChain(identity.chain().stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(request.signedAt()));
        parameters.setSignerName(commonName(identity.certificate()));
        if (request.reason() != null) {
            parameters.setReason(request.reason());
        }
        if (request.location() != null) {
            parameters.setLocation(request.location());
        }
        parameters.setPermission(CertificationPermission.MINIMAL_CHANGES_PERMITTED);
        parameters.setContentSize(signatureSize(identity, evidence));
        return parameters;
    }

    private static SignatureValue signatureValue(SigningIdentity identity, byte[] toBeSigned) throws GeneralSecurityException {
        KeyAlgorithm algorithm = KeyAlgorithm.of(identity.privateKey());
        Signature signature = Signature.getInstance(algorithm.signatureAlgorithm());
        signature.initSign(identity.privateKey());
        signature.update(toBeSigned);
        return new SignatureValue(algorithm == KeyAlgorithm.RSA ? SignatureAlgorithm.RSA_SHA256 : SignatureAlgorithm.ECDSA_SHA256,
                signature.sign());
    }

    /** The CMS holds the chain and the timestamp token (with the TSA's chain, about as large). */
    private static int signatureSize(SigningIdentity identity, LongTermEvidence evidence) {
        int certificates = 0;
        for (X509Certificate certificate : List.copyOf(identity.chain())) {
            try {
                certificates += certificate.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new CredentialException("A certificate of key " + identity.keyId() + " cannot be encoded", e);
            }
        }
        return 2 * certificates + CMS_OVERHEAD;
    }

    static String commonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var common = name.getRDNs(BCStyle.CN);
        return common.length == 0 ? name.toString() : ((ASN1String) common[0].getFirst().getValue()).getString();
    }
}
