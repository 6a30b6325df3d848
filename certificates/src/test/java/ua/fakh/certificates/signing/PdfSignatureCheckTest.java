package ua.fakh.certificates.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.spi.CredentialFixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class PdfSignatureCheckTest {
    private static final byte[] SIGNED = PdfSigner.sign(unsignedPdf(), CredentialFixtures.signing(),
            new PdfSignatureRequest(CredentialFixtures.NOW, "Свідоцтво № 1", null));

    @Test
    void findsAValidSignatureAndSaysWhoSigned() throws Exception {
        PdfSignatureReport report = PdfSignatureCheck.check(SIGNED);
        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signer()).isEqualTo(CredentialFixtures.signing().certificate());
        assertThat(report.signerName()).isEqualTo("C=UA,O=Харківський обласний центр соціальних служб,"
                + "organizationIdentifier=NTRUA-14360570,CN=Харківський обласний центр соціальних служб");
        assertThat(report.signedAt()).isEqualTo(CredentialFixtures.NOW);
        assertThat(report.notBefore()).isBefore(CredentialFixtures.NOW);
        assertThat(report.notAfter()).isAfter(CredentialFixtures.NOW);
        assertThat(report.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SIGNED)));
    }

    @Test
    void keepsTheUnsignedBytesAndSignsTheRest() {
        byte[] unsigned = unsignedPdf();
        byte[] signed = PdfSigner.sign(unsigned, CredentialFixtures.signing(),
                new PdfSignatureRequest(CredentialFixtures.NOW, null, null));
        assertThat(Arrays.copyOf(signed, unsigned.length)).isEqualTo(unsigned);
    }

    @Test
    void putsThePadesAttributesIntoTheCmsAndNoSigningTime() throws Exception {
        try (PDDocument document = Loader.loadPDF(SIGNED)) {
            byte[] contents = document.getLastSignatureDictionary().getContents(SIGNED);
            int end = contents.length;
            while (contents[end - 1] == 0) {
                end--;
            }
            CMSSignedData cms = new CMSSignedData(Arrays.copyOf(contents, end));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
            assertThat(cms.getCertificates().getMatches(null)).hasSize(2);
            assertThat(cms.isDetachedSignature()).isTrue();
        }
    }

    @Test
    void reportsInvalidAfterOneChangedByteInTheSignedRange() throws Exception {
        int[] range;
        try (PDDocument document = Loader.loadPDF(SIGNED)) {
            range = document.getLastSignatureDictionary().getByteRange();
        }
        for (int at : new int[]{range[1] / 2, range[1] - 10, range[2] + range[3] / 2}) {
            byte[] changed = SIGNED.clone();
            changed[at] = (byte) (changed[at] == ' ' ? '\n' : ' ');
            PdfSignatureReport report = PdfSignatureCheck.check(changed);
            assertThat(report.valid()).as("byte %d changed", at).isFalse();
            assertThat(report.problems()).isNotEmpty();
        }
    }

    @Test
    void reportsInvalidWhenSomethingIsAppendedAfterSigning() {
        byte[] appended = Arrays.copyOf(SIGNED, SIGNED.length + 20);
        System.arraycopy("\n% edited later\n".getBytes(StandardCharsets.US_ASCII), 0, appended, SIGNED.length, 16);
        PdfSignatureReport report = PdfSignatureCheck.check(appended);
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).anyMatch(problem -> problem.contains("whole file"));
    }

    @Test
    void reportsDataHiddenInThePaddingOfTheSignatureValue() throws Exception {
        int[] range;
        try (PDDocument document = Loader.loadPDF(SIGNED)) {
            range = document.getLastSignatureDictionary().getByteRange();
        }
        byte[] changed = SIGNED.clone();
        changed[range[2] - 3] = '7';
        assertThat(PdfSignatureCheck.check(changed).valid()).isFalse();
    }

    @Test
    void reportsAnUnsignedPdfAndSomethingThatIsNoPdf() {
        assertThat(PdfSignatureCheck.check(unsignedPdf()).problems()).containsExactly("The PDF is not signed");
        PdfSignatureReport garbage = PdfSignatureCheck.check("%PDF-1.7 nothing".getBytes(StandardCharsets.US_ASCII));
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
