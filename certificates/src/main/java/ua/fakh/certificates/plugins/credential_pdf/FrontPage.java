package ua.fakh.certificates.plugins.credential_pdf;

import io.micronaut.core.annotation.Nullable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import ua.fakh.certificates.pdf.DejaVuFonts;
import ua.fakh.certificates.pdf.TextLines;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.CredentialException;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The top of the first page: provider and logo, title, holder, course, and the facts table. */
final class FrontPage {
    private static final float LOGO_WIDTH = 170;
    private static final float LOGO_HEIGHT = 54;
    private static final float LABEL_WIDTH = 150;
    private static final float GUTTER = 10;

    private final Sheet sheet;
    private final PageWriter page;

    FrontPage(Sheet sheet, PageWriter page) {
        this.sheet = sheet;
        this.page = page;
    }

    void write(PDDocument document) throws IOException {
        CertificateSnapshot c = sheet.certificate();
        DejaVuFonts fonts = sheet.fonts();
        logo(document, sheet.issuer().templateOrStandard().logo());
        page.centred(c.providerName(), fonts.bold(), 11.5f, sheet.primary());
        if (sheet.labels().bilingual() && c.providerNameEn() != null) {
            page.centred(c.providerNameEn(), fonts.italic(), 8.5f, Rgb.MUTED);
        }
        if (c.providerEdrpou() != null) {
            page.centred(sheet.labels().both("edrpou") + ": " + c.providerEdrpou(), fonts.regular(), 8.5f, Rgb.MUTED);
        }
        page.down(14);
        page.centred(sheet.labels().uk("title"), fonts.bold(), 28, sheet.primary());
        page.centred(sheet.labels().uk("subtitle"), fonts.regular(), 13, sheet.primary());
        if (sheet.labels().bilingual()) {
            page.centred(sheet.labels().en("title") + " " + sheet.labels().en("subtitle"), fonts.italic(), 9, Rgb.MUTED);
        }
        page.down(4);
        page.rule(PageWriter.WIDTH / 2 - 60, PageWriter.WIDTH / 2 + 60, page.y(), sheet.accent(), 1.2f);
        page.down(12);
        sheet.inBothLanguages(page, "certifies", 10, Rgb.TEXT);
        page.down(3);
        page.centred(c.holderName(), fonts.bold(), 19, Rgb.TEXT);
        page.down(3);
        sheet.inBothLanguages(page, "completed", 10, Rgb.TEXT);
        page.down(3);
        page.centred("«" + c.courseTitle() + "»", fonts.bold(), 13.5f, sheet.primary());
        if (sheet.labels().bilingual()) {
            page.centred(c.courseTitleEn(), fonts.italic(), 10, Rgb.MUTED);
        }
        page.down(12);
        facts(c);
        if (!c.outcomes().isEmpty()) {
            page.down(4);
            page.lines(List.of(sheet.labels().uk("outcomes")), fonts.bold(), 9, Rgb.TEXT, sheet.left());
            if (sheet.labels().bilingual()) {
                page.lines(List.of(sheet.labels().en("outcomes")), fonts.italic(), 7, Rgb.MUTED, sheet.left());
            }
            page.down(2);
        }
    }

    private void facts(CertificateSnapshot c) throws IOException {
        CertificateLabels labels = sheet.labels();
        row("registration", c.serialNumber(), null);
        row("volume", CertificateValues.volume(labels.uk("volume.value"), c.hours(), c.ectsCredits(), CertificateLabels.UKRAINIAN),
                labels.bilingual() ? CertificateValues.volume(labels.en("volume.value"), c.hours(), c.ectsCredits(),
                        Locale.ENGLISH) : null);
        row("dates", CertificateValues.period(c.trainingStart(), c.trainingEnd()), null);
        if (c.result() != null) {
            row("result", c.result(), null);
        }
        row("issued", CertificateValues.date(c.issuedAt()), null);
        if (c.validUntil() != null) {
            row("validUntil", CertificateValues.date(c.validUntil()), null);
        }
    }

    /** A label (Ukrainian, English under it) on the left, the value on the right, tops aligned. */
    void row(String key, String value, @Nullable String valueEn) throws IOException {
        DejaVuFonts fonts = sheet.fonts();
        float top = page.y();
        float valueX = sheet.left() + LABEL_WIDTH + GUTTER;
        float valueWidth = sheet.right() - valueX;
        page.lines(TextLines.wrap(sheet.labels().uk(key), fonts.bold(), 9, LABEL_WIDTH), fonts.bold(), 9, Rgb.TEXT,
                sheet.left());
        if (sheet.labels().bilingual()) {
            page.lines(TextLines.wrap(sheet.labels().en(key), fonts.italic(), 7, LABEL_WIDTH), fonts.italic(), 7,
                    Rgb.MUTED, sheet.left());
        }
        float labelBottom = page.y();
        page.moveTo(top);
        page.lines(TextLines.wrap(value, fonts.regular(), 10, valueWidth), fonts.regular(), 10, Rgb.TEXT, valueX);
        if (valueEn != null) {
            page.lines(TextLines.wrap(valueEn, fonts.italic(), 8, valueWidth), fonts.italic(), 8, Rgb.MUTED, valueX);
        }
        page.moveTo(Math.min(labelBottom, page.y()) - 4);
    }

    private void logo(PDDocument document, @Nullable byte[] logo) throws IOException {
        if (logo == null || logo.length == 0) {
            return;
        }
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(document, logo, "logo");
        } catch (IOException | IllegalArgumentException e) {
            throw new CredentialException("The provider's logo is not a readable PNG or JPEG image", e);
        }
        float scale = Math.min(LOGO_WIDTH / image.getWidth(), LOGO_HEIGHT / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        page.image(image, (PageWriter.WIDTH - width) / 2, page.y() - height, width, height);
        page.down(height + 8);
    }
}
