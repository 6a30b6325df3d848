package ua.fakh.certificates.signing;

import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;

/** DSS's PDFBox services for signatures and timestamps, each adding its widget without an empty appearance. */
final class InvisibleSignatures extends PdfBoxDefaultObjectFactory {

    @Override
    public PDFSignatureService newPAdESSignatureService() {
        return configure(new InvisibleSignatureService(PDFServiceMode.SIGNATURE));
    }

    @Override
    public PDFSignatureService newContentTimestampService() {
        return configure(new InvisibleSignatureService(PDFServiceMode.CONTENT_TIMESTAMP));
    }

    @Override
    public PDFSignatureService newSignatureTimestampService() {
        return configure(new InvisibleSignatureService(PDFServiceMode.SIGNATURE_TIMESTAMP));
    }

    @Override
    public PDFSignatureService newArchiveTimestampService() {
        return configure(new InvisibleSignatureService(PDFServiceMode.ARCHIVE_TIMESTAMP));
    }
}
