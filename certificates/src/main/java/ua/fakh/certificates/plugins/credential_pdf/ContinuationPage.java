package ua.fakh.certificates.plugins.credential_pdf;

import ua.fakh.certificates.spi.CertificateSnapshot;

import java.io.IOException;

/** A further page for learning outcomes that did not fit the first: same frame, a heading, and the numbers that identify the certificate. */
final class ContinuationPage {
    private ContinuationPage() {
    }

    static void write(Sheet sheet, PageWriter page, OutcomesFlow outcomes) throws IOException {
        CertificateSnapshot c = sheet.certificate();
        Decoration.frame(sheet, page);
        page.centred(c.providerName(), sheet.fonts().bold(), 9, sheet.primary());
        page.down(6);
        page.centred(sheet.labels().uk("outcomes.continued"), sheet.fonts().bold(), 11, Rgb.TEXT);
        if (sheet.labels().bilingual()) {
            page.centred(sheet.labels().en("outcomes.continued"), sheet.fonts().italic(), 8, Rgb.MUTED);
        }
        page.down(8);
        outcomes.write(page, Sheet.CONTINUATION_BOTTOM);
        SignatureFooter.centredAt(page, sheet.labels().uk("registration") + ": " + c.serialNumber() + " · "
                        + sheet.labels().uk("verification") + ": " + c.verificationCode(),
                sheet.fonts().regular(), 7.5f, Rgb.MUTED, PageWriter.WIDTH / 2, 48);
    }
}
