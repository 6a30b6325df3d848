package ua.fakh.certificates.plugins.credential_pdf;

import java.io.IOException;

/** The double frame in the provider's colours around every page. */
final class Decoration {
    private Decoration() {
    }

    static void frame(Sheet sheet, PageWriter page) throws IOException {
        page.frame(24, sheet.primary(), 2.5f);
        page.frame(30, sheet.accent(), 0.8f);
    }
}
