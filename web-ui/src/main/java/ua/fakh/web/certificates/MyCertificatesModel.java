package ua.fakh.web.certificates;

import ua.fakh.certificates.issuing.CertificateView;

import java.util.List;

/** "My certificates": newest first. */
public record MyCertificatesModel(List<CertificateView> certificates, String publicUrl) {

    /** The address printed in the QR code, to paste into a CV or an e-mail to HR. */
    public String shareLink(CertificateView c) {
        return publicUrl.replaceAll("/+$", "") + CertificateTexts.verifyPath(c);
    }
}
