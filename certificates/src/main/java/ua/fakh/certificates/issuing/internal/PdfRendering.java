package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.events.OutboxListener;

import java.util.UUID;

/** Renders the PDF a {@link CertificatePdfDue} asks for, unless a download has made it meanwhile. */
@Singleton
class PdfRendering implements OutboxListener<CertificatePdfDue> {
    private final CertificateRepository certificates;
    private final CertificatePdfs pdfs;

    PdfRendering(CertificateRepository certificates, CertificatePdfs pdfs) {
        this.certificates = certificates;
        this.pdfs = pdfs;
    }

    @Override
    public Class<CertificatePdfDue> eventType() {
        return CertificatePdfDue.class;
    }

    @Override
    public void on(CertificatePdfDue event, UUID eventId) {
        if (pdfs.available()) {
            certificates.findById(event.certificateId()).ifPresent(pdfs::withPdf);
        }
    }
}
