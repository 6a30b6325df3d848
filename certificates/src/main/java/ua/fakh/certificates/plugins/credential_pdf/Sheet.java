package ua.fakh.certificates.plugins.credential_pdf;

import ua.fakh.certificates.pdf.DejaVuFonts;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.IssuerContext;

import java.io.IOException;

/** Everything the parts of a certificate page draw with. */
record Sheet(CertificateSnapshot certificate, IssuerContext issuer, CertificateLabels labels, DejaVuFonts fonts,
             Rgb primary, Rgb accent) {

    /** Lowest baseline of the body text on the first page: below it sit the signatory and the QR code. */
    static final float FOOTER_TOP = 205;
    /** Lowest baseline of text on continuation pages. */
    static final float CONTINUATION_BOTTOM = 70;

    float left() {
        return PageWriter.MARGIN;
    }

    float right() {
        return PageWriter.WIDTH - PageWriter.MARGIN;
    }

    float width() {
        return right() - left();
    }

    /** A Ukrainian line and, on a bilingual certificate, its English line under it in small italics. */
    void inBothLanguages(PageWriter page, String key, float size, Rgb colour) throws IOException {
        page.centred(labels.uk(key), fonts.regular(), size, colour);
        if (labels.bilingual()) {
            page.centred(labels.en(key), fonts.italic(), size * 0.8f, Rgb.MUTED);
        }
    }
}
