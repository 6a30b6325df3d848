package ua.fakh.certificates.signing;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import io.micronaut.core.annotation.Nullable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates the newest signature of a PDF with EU DSS: the default validation policy, the installation
 * CA the only trust anchor, nothing fetched over the network (revocation data comes from the PDF's DSS
 * dictionary, or the CA's current CRL when given). Stateless and thread-safe; never throws for a bad
 * PDF, it reports it.
 */
public final class PdfSignatureCheck {
    private PdfSignatureCheck() {
    }

    /** At the current time. */
    public static PdfSignatureReport check(byte[] pdf, X509Certificate trustAnchor, @Nullable RevocationSource<CRL> current) {
        return check(pdf, trustAnchor, current, null);
    }

    /**
     * @param current        the CA's current CRL, so a key revoked since is seen; {@code null} uses only the PDF's own
     * @param validationTime {@code null} for now; later times show what a verifier will say then
     */
    public static PdfSignatureReport check(byte[] pdf, X509Certificate trustAnchor, @Nullable RevocationSource<CRL> current,
                                           @Nullable Instant validationTime) {
        String sha256 = sha256(pdf);
        try {
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
            validator.setCertificateVerifier(verifier(trustAnchor, current));
            validator.setTokenExtractionStrategy(TokenExtractionStrategy.EXTRACT_CERTIFICATES_ONLY);
            if (validationTime != null) {
                validator.setValidationTime(Date.from(validationTime));
            }
            Reports reports = validator.validateDocument();
            SimpleReport simple = reports.getSimpleReport();
            SignatureWrapper signature = reports.getDiagnosticData().getSignatures().stream()
                    .max(Comparator.comparing(s -> s.getClaimedSigningTime() == null ? new Date(0) : s.getClaimedSigningTime()))
                    .orElse(null);
            if (signature == null) {
                return invalid(sha256, "The PDF is not signed");
            }
            return report(sha256, simple, signature);
        } catch (RuntimeException e) {
            return invalid(sha256, "Not a readable signed PDF: " + e.getMessage());
        }
    }

    private static PdfSignatureReport report(String sha256, SimpleReport simple, SignatureWrapper signature) {
        String id = signature.getId();
        Indication indication = simple.getIndication(id);
        boolean passed = indication == Indication.TOTAL_PASSED;
        List<String> problems = passed ? List.of()
                : simple.getAdESValidationErrors(id).stream().map(m -> m.getValue()).distinct().toList();
        Instant timestampedAt = simple.getSignatureTimestamps(id).stream().map(XmlTimestamp::getProductionTime)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).map(Date::toInstant).orElse(null);
        CertificateWrapper signing = signature.getSigningCertificate();
        X509Certificate signer = signing == null ? null : certificate(signing.getBinaries());
        Instant notBefore = signing == null ? null : signing.getNotBefore().toInstant();
        Instant notAfter = signing == null ? null : signing.getNotAfter().toInstant();
        boolean validThen = passed && timestampedAt != null && notBefore != null
                && !timestampedAt.isBefore(notBefore) && !timestampedAt.isAfter(notAfter);
        return new PdfSignatureReport(passed, problems.isEmpty() && !passed ? List.of(String.valueOf(simple.getSubIndication(id)))
                : problems, sha256, signer, signer == null ? null : readableName(signer),
                signature.getClaimedSigningTime() == null ? null : signature.getClaimedSigningTime().toInstant(),
                notBefore, notAfter, indication == null ? null : indication.name(),
                simple.getSubIndication(id) == null ? null : simple.getSubIndication(id).name(),
                simple.getSignatureFormat(id) == null ? null : simple.getSignatureFormat(id).toString(), timestampedAt,
                validThen);
    }

    static CommonCertificateVerifier verifier(X509Certificate trustAnchor, @Nullable RevocationSource<CRL> current) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setCrlSource(current);
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(trustAnchor));
        verifier.setTrustedCertSources(trusted);
        return verifier;
    }

    /** {@code C=UA,O=…,CN=…} with the values as written, Cyrillic kept (not RFC 2253 escapes). */
    static String readableName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return Arrays.stream(name.getRDNs()).map(rdn -> {
            var pair = rdn.getFirst();
            String type = BCStyle.INSTANCE.oidToDisplayName(pair.getType());
            String value = pair.getValue() instanceof ASN1String text ? text.getString() : pair.getValue().toString();
            return (type != null ? type : pair.getType().getId()) + "=" + value;
        }).collect(Collectors.joining(","));
    }

    @Nullable
    private static X509Certificate certificate(@Nullable byte[] der) {
        if (der == null) {
            return null;
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (Exception e) {
            return null;
        }
    }

    private static PdfSignatureReport invalid(String sha256, String problem) {
        return new PdfSignatureReport(false, List.of(problem), sha256, null, null, null, null, null, null, null, null,
                null, false);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
