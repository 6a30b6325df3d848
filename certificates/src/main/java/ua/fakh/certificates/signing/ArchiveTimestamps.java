package ua.fakh.certificates.signing;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import ua.fakh.certificates.spi.CredentialException;
import ua.fakh.certificates.spi.LongTermEvidence;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Keeps signed PDFs verifiable past their certificates' lifetimes (PAdES-BASELINE-LTA): before the newest
 * signature's or document timestamp's certificates expire, DSS adds the revocation data it still lacks and
 * a new document timestamp over everything. Stateless and thread-safe.
 */
public final class ArchiveTimestamps {
    private ArchiveTimestamps() {
    }

    /**
     * When the newest signature or document timestamp of the PDF stops being provable on its own: the
     * earliest end of validity among the certificates in its CMS (signer or TSA, and their CA). Empty for an
     * unsigned or unreadable PDF.
     */
    public static Optional<Instant> newestProofExpires(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature newest = document.getSignatureDictionaries().stream()
                    .max(Comparator.comparingLong(ArchiveTimestamps::end)).orElse(null);
            if (newest == null) {
                return Optional.empty();
            }
            CMSSignedData cms = new CMSSignedData(newest.getContents(pdf));
            return cms.getCertificates().getMatches(null).stream().map(X509CertificateHolder::getNotAfter)
                    .map(java.util.Date::toInstant).min(Comparator.naturalOrder());
        } catch (IOException | RuntimeException | org.bouncycastle.cms.CMSException e) {
            return Optional.empty();
        }
    }

    /**
     * The PDF extended to PAdES-BASELINE-LTA: a DSS dictionary update with what is still missing, then a
     * document timestamp from {@code evidence}'s TSA, both as incremental updates.
     *
     * @throws CredentialException when DSS cannot extend it (not signed, the TSA did not answer)
     */
    public static byte[] extend(byte[] pdf, LongTermEvidence evidence) {
        try {
            PAdESSignatureParameters parameters = new PAdESSignatureParameters();
            parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_LTA);
            DSSDocument extended = PdfSigner.service(evidence).extendDocument(new InMemoryDocument(pdf), parameters);
            try (var in = extended.openStream()) {
                return in.readAllBytes();
            }
        } catch (DSSException | IOException | IllegalArgumentException e) {
            throw new CredentialException("The PDF could not be extended to PAdES-BASELINE-LTA", e);
        }
    }

    private static long end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range == null || range.length != 4 ? -1 : (long) range[2] + range[3];
    }
}
