package ua.fakh.certificates.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Checks the signature of a PDF that {@link PdfSigner} made: the signed byte range covers the whole file
 * except the signature value, the CMS signature matches those bytes and the certificate it names, and
 * that certificate was valid when the document says it was signed. Stateless and thread-safe; never
 * throws for a bad PDF, it reports it.
 */
public final class PdfSignatureCheck {
    private static final Set<String> DETACHED = Set.of("ETSI.CAdES.detached", "adbe.pkcs7.detached");

    private PdfSignatureCheck() {
    }

    public static PdfSignatureReport check(byte[] pdf) {
        String sha256 = sha256(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getSignatureDictionaries().stream()
                    .max(Comparator.comparingLong(PdfSignatureCheck::end)).orElse(null);
            if (signature == null) {
                return invalid(sha256, "The PDF is not signed");
            }
            List<String> problems = new ArrayList<>();
            if (!DETACHED.contains(signature.getSubFilter())) {
                problems.add("Unsupported signature format " + signature.getSubFilter());
            }
            String coverage = ByteRanges.problem(signature.getByteRange(), pdf);
            if (coverage != null) {
                problems.add(coverage);
                return new PdfSignatureReport(false, problems, sha256, null, null, null, null, null);
            }
            CmsCheck cms = CmsCheck.of(signature.getSignedContent(pdf), signature.getContents(pdf),
                    signature.getSignDate() == null ? null : signature.getSignDate().toInstant());
            problems.addAll(cms.problems());
            return new PdfSignatureReport(problems.isEmpty(), List.copyOf(problems), sha256, cms.signer(),
                    cms.signerName(), cms.signedAt(), cms.notBefore(), cms.notAfter());
        } catch (IOException | RuntimeException e) {
            return invalid(sha256, "Not a readable signed PDF: " + e.getMessage());
        }
    }

    private static long end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range == null || range.length != 4 ? -1 : (long) range[2] + range[3];
    }

    private static PdfSignatureReport invalid(String sha256, String problem) {
        return new PdfSignatureReport(false, List.of(problem), sha256, null, null, null, null, null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
