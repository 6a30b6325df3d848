package ua.fakh.certificates.plugins.credential_pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;
import ua.fakh.certificates.pdf.DejaVuFonts;
import ua.fakh.certificates.pdf.TextLines;
import ua.fakh.certificates.spi.CertificateSnapshot;

import java.io.IOException;
import java.util.List;

/** The bottom of the first page: the authorised person on the left, the QR code and verification code on the right. */
final class SignatureFooter {
    private static final float QR_SIDE = 92;
    private static final float BLOCK_WIDTH = 160;
    private static final float RULE = 130;

    private SignatureFooter() {
    }

    static void write(Sheet sheet, PageWriter page, boolean continues) throws IOException {
        CertificateSnapshot c = sheet.certificate();
        DejaVuFonts fonts = sheet.fonts();
        CertificateLabels labels = sheet.labels();
        float blockLeft = sheet.right() - BLOCK_WIDTH;
        float centre = blockLeft + BLOCK_WIDTH / 2;
        QrCode.of(sheet.issuer().verifyUrl(c.verificationCode())).draw(page, centre - QR_SIDE / 2, 100, QR_SIDE, Rgb.TEXT);
        centredAt(page, labels.both("verification"), fonts.regular(), 6.5f, Rgb.MUTED, centre, 89);
        centredAt(page, c.verificationCode(), fonts.bold(), 10, Rgb.TEXT, centre, 77);
        float baseline = 67;
        for (String line : TextLines.wrap(sheet.issuer().verifyUrl(c.verificationCode()), fonts.regular(), 6, BLOCK_WIDTH)) {
            centredAt(page, line, fonts.regular(), 6, Rgb.MUTED, centre, baseline);
            baseline -= 7.5f;
        }

        float textWidth = blockLeft - sheet.left() - 16;
        page.moveTo(Sheet.FOOTER_TOP - 8);
        page.lines(List.of(labels.both("signatory")), fonts.italic(), 7, Rgb.MUTED, sheet.left());
        // a long position ("заступник директора з ...") gets smaller rather than pushing the signature off the page
        float size = TextLines.wrap(c.signatoryPosition(), fonts.regular(), 9.5f, textWidth).size() > 2 ? 7.5f : 9.5f;
        page.lines(TextLines.wrap(c.signatoryPosition(), fonts.regular(), size, textWidth), fonts.regular(), size, Rgb.TEXT,
                sheet.left());
        page.down(26);
        page.rule(sheet.left(), sheet.left() + RULE, page.y(), Rgb.MUTED, 0.6f);
        if (TextLines.width(TextLines.printable(c.signatoryName(), fonts.bold()), fonts.bold(), 10.5f) <= textWidth - RULE - 10) {
            page.at(c.signatoryName(), fonts.bold(), 10.5f, Rgb.TEXT, sheet.left() + RULE + 10, page.y() + 1);
            page.down(14);
        } else {
            page.down(2);
            page.lines(TextLines.wrap(c.signatoryName(), fonts.bold(), 10.5f, textWidth), fonts.bold(), 10.5f, Rgb.TEXT,
                    sheet.left());
            page.down(3);
        }
        page.lines(TextLines.wrap(labels.both("sealed"), fonts.italic(), 7, textWidth), fonts.italic(), 7, Rgb.MUTED,
                sheet.left());
        if (continues) {
            page.down(4);
            page.lines(List.of(labels.both("continues")), fonts.italic(), 7.5f, sheet.primary(), sheet.left());
        }
    }

    static void centredAt(PageWriter page, String text, PDFont font, float size, Rgb colour, float centre, float baseline)
            throws IOException {
        page.at(text, font, size, colour, centre - TextLines.width(TextLines.printable(text, font), font, size) / 2, baseline);
    }
}
