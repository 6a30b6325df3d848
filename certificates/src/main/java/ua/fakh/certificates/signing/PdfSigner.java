package ua.fakh.certificates.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import ua.fakh.certificates.spi.CredentialException;
import ua.fakh.certificates.spi.SigningIdentity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Adds a PAdES baseline signature (filter Adobe.PPKLite, subfilter ETSI.CAdES.detached) to a PDF as an
 * incremental update. The signature certifies the document (DocMDP, form filling and further signatures
 * allowed), so readers flag any other later change. Stateless and thread-safe.
 */
public final class PdfSigner {
    private static final int DOCMDP_FILL_FORMS_AND_SIGN = 2;
    private static final int CMS_OVERHEAD = 6_000;

    private PdfSigner() {
    }

    /**
     * @param pdf an unsigned PDF
     * @return the PDF with the signature appended; the bytes before it are {@code pdf} unchanged
     * @throws CredentialException when the PDF cannot be read or the key cannot sign
     */
    public static byte[] sign(byte[] pdf, SigningIdentity identity, PdfSignatureRequest request) {
        try (PDDocument document = Loader.loadPDF(pdf);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(commonName(identity.certificate()));
            signature.setReason(request.reason());
            signature.setLocation(request.location());
            signature.setSignDate(utc(request.signedAt()));
            certify(document, signature);
            // seeds the new half of the trailer /ID: the same signing gives the same bytes
            document.setDocumentId(request.signedAt().toEpochMilli());
            options.setPreferredSignatureSize(signatureSize(identity));
            document.addSignature(signature, content -> PadesCms.sign(content.readAllBytes(), identity), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * signatureSize(identity) + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new CredentialException("The PDF could not be signed with key " + identity.keyId(), e);
        }
    }

    /** A DocMDP certification: the document is the signer's, only form filling and signing may follow. */
    private static void certify(PDDocument document, PDSignature signature) {
        COSDictionary parameters = new COSDictionary();
        parameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        parameters.setInt(COSName.P, DOCMDP_FILL_FORMS_AND_SIGN);
        parameters.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("TransformParams"), parameters);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(COSName.PERMS, permissions);
        catalog.setNeedToBeUpdated(true);
    }

    private static int signatureSize(SigningIdentity identity) {
        int certificates = 0;
        for (X509Certificate certificate : identity.chain()) {
            try {
                certificates += certificate.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new CredentialException("A certificate of key " + identity.keyId() + " cannot be encoded", e);
            }
        }
        return certificates + CMS_OVERHEAD;
    }

    static String commonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var common = name.getRDNs(BCStyle.CN);
        return common.length == 0 ? name.toString() : ((ASN1String) common[0].getFirst().getValue()).getString();
    }

    private static Calendar utc(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTime(Date.from(instant));
        return calendar;
    }
}
