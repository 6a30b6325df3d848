package ua.fakh.certificates.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.spi.CredentialFixtures;
import ua.fakh.certificates.spi.SigningIdentity;
import ua.fakh.core.testing.ExternalTool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** PAdES-BASELINE-LT signatures as EU DSS (default policy, the installation CA the only trust anchor) sees them. */
class PdfSignatureCheckTest {
    private static final byte[] SIGNED = PdfSigner.sign(unsignedPdf(), CredentialFixtures.signing(),
            new PdfSignatureRequest(CredentialFixtures.NOW, "Свідоцтво № 1", null), CredentialFixtures.evidence());
    private static final X509Certificate ANCHOR = CredentialFixtures.authority().certificate();

    @Test
    void dssPassesAFreshSignatureAtLevelLtAndSaysWhoSignedWhen() throws Exception {
        PdfSignatureReport report = PdfSignatureCheck.check(SIGNED, ANCHOR, null);
        assertThat(report.problems()).isEmpty();
        assertThat(report.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(report.valid()).isTrue();
        assertThat(report.level()).isEqualTo("PAdES-BASELINE-LT");
        assertThat(report.signer()).isEqualTo(CredentialFixtures.signing().certificate());
        assertThat(report.signerName()).isEqualTo("C=UA,O=Харківський обласний центр соціальних служб,"
                + "organizationIdentifier=NTRUA-14360570,CN=Харківський обласний центр соціальних служб");
        assertThat(report.signedAt()).isEqualTo(CredentialFixtures.NOW);
        assertThat(report.timestampedAt()).isEqualTo(CredentialFixtures.CLOCK.instant());
        assertThat(report.signerValidThen()).isTrue();
        assertThat(report.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SIGNED)));
    }

    @Test
    void dssStillPassesItAfterTheSigningCertificateHasExpired() {
        X509Certificate signer = CredentialFixtures.signing().certificate();
        PdfSignatureReport later = PdfSignatureCheck.check(SIGNED, ANCHOR, null,
                signer.getNotAfter().toInstant().plus(Duration.ofDays(30)));
        assertThat(later.problems()).isEmpty();
        assertThat(later.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(later.signerValidThen()).isTrue();
    }

    @Test
    void dssFailsItWithAnotherTrustAnchor() {
        X509Certificate stranger = CertificateAuthority.create("Elsewhere", KeyAlgorithm.EC_P256, CredentialFixtures.NOW)
                .certificate();
        PdfSignatureReport report = PdfSignatureCheck.check(SIGNED, stranger, null);
        assertThat(report.valid()).isFalse();
        assertThat(report.indication()).isEqualTo("INDETERMINATE");
    }

    @Test
    void keepsTheUnsignedBytesAndSignsTheRest() {
        byte[] unsigned = unsignedPdf();
        byte[] signed = PdfSigner.sign(unsigned, CredentialFixtures.signing(),
                new PdfSignatureRequest(CredentialFixtures.NOW, null, null), CredentialFixtures.evidence());
        assertThat(Arrays.copyOf(signed, unsigned.length)).isEqualTo(unsigned);
    }

    @Test
    void popplerAcceptsTheSignature() throws IOException {
        Path file = Files.createTempFile("pades-lt", ".pdf");
        try {
            Files.write(file, SIGNED);
            ExternalTool.Result result = ExternalTool.run("pdfsig", "-nocert", file.toString());
            assertThat(result.output()).contains("Signature Validation: Signature is Valid.")
                    .contains("ETSI.CAdES.detached");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A provider key on P-256 (issue 18 measures it against RSA-3072): DSS and poppler accept it the same. */
    @Test
    void dssAndPopplerAcceptAProviderKeyOnP256Too() throws IOException {
        SigningIdentity ec = CredentialFixtures.authority().issueSigningIdentity(
                CredentialFixtures.PUBLIC_URL + "/.well-known/jwks.json#provider-ec",
                new SignerOrganization(CredentialFixtures.PROVIDER_NAME, CredentialFixtures.EDRPOU), KeyAlgorithm.EC_P256,
                CredentialFixtures.NOW.minusSeconds(3600));
        byte[] signed = PdfSigner.sign(unsignedPdf(), ec, new PdfSignatureRequest(CredentialFixtures.NOW, "Свідоцтво № 2", null),
                CredentialFixtures.evidence());

        PdfSignatureReport report = PdfSignatureCheck.check(signed, ANCHOR, null);
        assertThat(report.problems()).isEmpty();
        assertThat(report.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(report.level()).isEqualTo("PAdES-BASELINE-LT");
        assertThat(report.signer()).isEqualTo(ec.certificate());
        assertThat(report.signer().getPublicKey().getAlgorithm()).isEqualTo("EC");
        Path file = Files.createTempFile("pades-lt-p256", ".pdf");
        try {
            Files.write(file, signed);
            assertThat(ExternalTool.run("pdfsig", "-nocert", file.toString()).output())
                    .contains("Signature Validation: Signature is Valid.");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void reportsInvalidAfterOneChangedByteInTheSignedRange() throws Exception {
        int[] range;
        try (PDDocument document = Loader.loadPDF(SIGNED)) {
            range = document.getSignatureDictionaries().get(0).getByteRange();
        }
        for (int at : new int[]{range[1] / 2, range[1] - 10}) {
            byte[] changed = SIGNED.clone();
            changed[at] = (byte) (changed[at] == ' ' ? '\n' : ' ');
            PdfSignatureReport report = PdfSignatureCheck.check(changed, ANCHOR, null);
            assertThat(report.valid()).as("byte %d changed", at).isFalse();
            assertThat(report.problems()).isNotEmpty();
        }
    }

    @Test
    void reportsAnUnsignedPdfAndSomethingThatIsNoPdf() {
        assertThat(PdfSignatureCheck.check(unsignedPdf(), ANCHOR, null).problems()).containsExactly("The PDF is not signed");
        PdfSignatureReport garbage = PdfSignatureCheck.check("%PDF-1.7 nothing".getBytes(StandardCharsets.US_ASCII), ANCHOR, null);
        assertThat(garbage.valid()).isFalse();
        assertThat(garbage.sha256()).hasSize(64);
    }

    static byte[] unsignedPdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Certificate 1");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
