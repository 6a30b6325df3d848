package ua.fakh.web.certificates;

import ua.fakh.certificates.issuing.CertificateView;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.PageContext;

/** How a certificate's facts read on the pages: the title in the page's language, status words, numbers. */
public final class CertificateTexts {
    private CertificateTexts() {
    }

    public static String title(PageContext ctx, CertificateView c) {
        return Texts.title(ctx, c.courseTitle(), c.courseTitleEn());
    }

    public static String status(PageContext ctx, CertificateView c) {
        return ctx.t(c.supersededBy() != null ? "certificates.status.SUPERSEDED" : "certificates.status." + c.status().name());
    }

    public static String statusClass(CertificateView c) {
        return "cert-status cert-" + (c.supersededBy() != null ? "SUPERSEDED" : c.status().name());
    }

    public static String verifyPath(CertificateView c) {
        return "/verify/" + c.code();
    }
}
