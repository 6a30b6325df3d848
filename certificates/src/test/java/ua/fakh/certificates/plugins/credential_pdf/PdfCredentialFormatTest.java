package ua.fakh.certificates.plugins.credential_pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.signing.PdfSignatureCheck;
import ua.fakh.certificates.signing.PdfSignatureReport;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.CertificateTemplate;
import ua.fakh.certificates.spi.CredentialException;
import ua.fakh.certificates.spi.CredentialFixtures;
import ua.fakh.certificates.spi.CredentialFormat;
import ua.fakh.certificates.spi.CredentialFormatContract;
import ua.fakh.certificates.spi.IssuerContext;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfCredentialFormatTest extends CredentialFormatContract {
    static final String UKRAINIAN_ALPHABET = "АаБбВвГгҐґДд ЕеЄєЖжЗзИиІі ЇїЙйКкЛлМмНн ОоПпРрСсТтУу ФфХхЦцЧчШшЩщ ЬьЮюЯя ʼ";

    private final PdfCredentialFormat format = new PdfCredentialFormat(CredentialFixtures.CLOCK);

    @Override
    protected CredentialFormat format() {
        return format;
    }

    @Override
    protected boolean verifies(byte[] rendered, IssuerContext issuer) {
        PdfSignatureReport report = PdfSignatureCheck.check(rendered, CredentialFixtures.authority().certificate(), null);
        return report.valid() && issuer.signing().certificate().equals(report.signer());
    }

    @Override
    protected byte[] tampered(byte[] rendered) {
        byte[] copy = rendered.clone();
        int producer = indexOf(copy, "(Fakh)".getBytes(StandardCharsets.US_ASCII));
        copy[producer + 4] = 'j';
        return copy;
    }

    @Override
    protected String readableContent(byte[] rendered) {
        return text(rendered);
    }

    @Override
    protected Map<String, List<String>> expectedAppearances(CertificateSnapshot c) {
        Map<String, List<String>> expected = new HashMap<>();
        expected.put("serialNumber", List.of(c.serialNumber()));
        expected.put("verificationCode", List.of(c.verificationCode()));
        expected.put("holderName", List.of(c.holderName()));
        expected.put("courseTitle", List.of(c.courseTitle()));
        expected.put("courseTitleEn", List.of(c.courseTitleEn()));
        expected.put("hours", List.of("24 год.", "24 academic hours"));
        expected.put("ectsCredits", List.of("кредитів ЄКТС: 0,8", "0.8 ECTS credits"));
        expected.put("outcomes", c.outcomes());
        expected.put("providerName", List.of(c.providerName()));
        expected.put("providerNameEn", List.of(c.providerNameEn()));
        expected.put("providerEdrpou", List.of("ЄДРПОУ / EDRPOU code: 14360570"));
        expected.put("trainingStart", List.of("01.10.2026 –"));
        expected.put("trainingEnd", List.of("– 03.10.2026"));
        expected.put("result", List.of(c.result()));
        expected.put("signatoryName", List.of(c.signatoryName()));
        expected.put("signatoryPosition", List.of(c.signatoryPosition()));
        expected.put("issuedAt", List.of("Дата видачі", "05.10.2026"));
        expected.put("validUntil", List.of("Чинний до", "05.10.2029"));
        return expected;
    }

    @Override
    protected Map<String, String> notStated() {
        return Map.of("id", "an internal id; the PDF carries it only in its /ID",
                "subjectId", "the pseudonymous holder id is for wallets, not for print",
                "language", "the PDF is always Ukrainian first, with English when the course has an English title");
    }

    @Test
    void printsEveryUkrainianLetterAsCopyableText() {
        byte[] pdf = format.render(CredentialFixtures.withHolder(CredentialFixtures.ukrainianSnapshot(), UKRAINIAN_ALPHABET),
                CredentialFixtures.issuer());
        assertThat(normalised(text(pdf))).contains(UKRAINIAN_ALPHABET).doesNotContain("?");
    }

    @Test
    void embedsDejaVuSansAsSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(render())) {
            List<String> fonts = new ArrayList<>();
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"));
        }
    }

    @Test
    void isOneA4PageWithAPadesSignature() throws IOException {
        try (PDDocument document = Loader.loadPDF(render())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, Offset.offset(0.01f));
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(CredentialFixtures.CLOCK.instant());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("uk");
        }
    }

    @Test
    void theInvisibleSignatureHasAZeroSizeWidgetWithoutAnEmptyAppearanceStream() throws IOException {
        try (PDDocument document = Loader.loadPDF(render())) {
            var fields = document.getSignatureFields();
            assertThat(fields).hasSize(1);
            var widget = fields.get(0).getWidgets().get(0);
            assertThat(widget.getRectangle().getWidth()).isZero();
            assertThat(widget.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AP))
                    .as("no /AP: PDFBox's empty /Length 0 form is gone").isFalse();
        }
        assertThat(ua.fakh.core.testing.ExternalTool.run("pdfsig", writeTemp(render())).output()).contains("Signature is Valid");
    }

    private static String writeTemp(byte[] pdf) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("certificate", ".pdf");
        java.nio.file.Files.write(file, pdf);
        file.toFile().deleteOnExit();
        return file.toString();
    }

    @Test
    void leavesOutTheEnglishLinesForAUkrainianOnlyCourse() {
        String text = text(format.render(CredentialFixtures.minimalSnapshot(), CredentialFixtures.issuer()));
        assertThat(text).contains("СЕРТИФІКАТ", "Строки навчання").doesNotContain("CERTIFICATE", "Training dates", "EDRPOU");
    }

    @Test
    void printsUkrainianLabelsWithEnglishUnderThemForABilingualCourse() {
        String text = normalised(text(render()));
        assertThat(text).contains("СЕРТИФІКАТ про підвищення кваліфікації CERTIFICATE of professional development",
                "Строки навчання Training dates", "Результати навчання Learning outcomes");
    }

    @Test
    void continuesOutcomesThatDoNotFitOnANextPage() throws IOException {
        List<String> outcomes = IntStream.rangeClosed(1, 40).mapToObj(i -> "Результат " + i + ": "
                + CredentialFixtures.OUTCOMES.get(i % 5)).toList();
        byte[] pdf = format.render(CredentialFixtures.withOutcomes(CredentialFixtures.ukrainianSnapshot(), outcomes),
                CredentialFixtures.issuer());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("Продовження на наступній сторінці", "Результати навчання (продовження)");
        assertThat(PdfSignatureCheck.check(pdf, CredentialFixtures.authority().certificate(), null).valid()).isTrue();
    }

    @Test
    void shrinksAFewExtraOutcomesToKeepOnePage() throws IOException {
        List<String> outcomes = new ArrayList<>(CredentialFixtures.OUTCOMES);
        outcomes.addAll(CredentialFixtures.OUTCOMES.subList(0, 3));
        try (PDDocument document = Loader.loadPDF(format.render(
                CredentialFixtures.withOutcomes(CredentialFixtures.ukrainianSnapshot(), outcomes), CredentialFixtures.issuer()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void hasAQrCodeThatLeadsToTheVerificationPage() throws Exception {
        try (PDDocument document = Loader.loadPDF(render())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, true)).getText();
            assertThat(decoded).isEqualTo("https://fakh.example.org/verify/7KQ4-M9XP-2D6R");
        }
    }

    @Test
    void drawsTheProvidersLogoAndColours() throws IOException {
        BufferedImage logo = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        IssuerContext issuer = CredentialFixtures.issuer(CredentialFixtures.signing(),
                new CertificateTemplate(png.toByteArray(), "#0057B7", "#FFD700"));
        try (PDDocument document = Loader.loadPDF(format.render(CredentialFixtures.ukrainianSnapshot(), issuer))) {
            List<COSName> images = new ArrayList<>();
            document.getPage(0).getResources().getXObjectNames().forEach(images::add);
            assertThat(images).hasSize(1);
            String content = new String(document.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(content).containsPattern("0 0\\.3411\\d* 0\\.7176\\d* RG");
        }
    }

    @Test
    void refusesALogoThatIsNoImage() {
        IssuerContext issuer = CredentialFixtures.issuer(CredentialFixtures.signing(),
                new CertificateTemplate(new byte[]{1, 2, 3}, "#0057B7", "#FFD700"));
        assertThatThrownBy(() -> format.render(CredentialFixtures.ukrainianSnapshot(), issuer))
                .isInstanceOf(CredentialException.class);
    }

    /**
     * The document and signature dictionary are the same bytes; only the signature value may differ, since its
     * RFC 3161 timestamp carries a fresh serial number and nonce each time.
     */
    @Test
    void givesTheSameSignedBytesForTheSameCertificateAtTheSameTime() throws IOException {
        byte[] first = render();
        byte[] second = render();
        assertThat(java.util.Arrays.copyOf(first, signedPrefix(first)))
                .isEqualTo(java.util.Arrays.copyOf(second, signedPrefix(second)));
    }

    private static int signedPrefix(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().get(0).getByteRange()[1];
        }
    }

    private byte[] render() {
        return format.render(CredentialFixtures.ukrainianSnapshot(), CredentialFixtures.issuer());
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        return Collections.indexOfSubList(toList(haystack), toList(needle));
    }

    private static List<Byte> toList(byte[] bytes) {
        List<Byte> list = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }
}
