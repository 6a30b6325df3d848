package ua.fakh.certificates.plugins.credential_pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import ua.fakh.certificates.pdf.DejaVuFonts;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.CertificateTemplate;
import ua.fakh.certificates.spi.IssuerContext;
import ua.fakh.core.plugins.Plugin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/** The unsigned certificate: an A4 first page, continuation pages when the outcomes need them, metadata. */
final class CertificateDocument {
    private CertificateDocument() {
    }

    static byte[] render(CertificateSnapshot certificate, IssuerContext issuer, Plugin plugin) throws IOException {
        try (PDDocument document = new PDDocument()) {
            Sheet sheet = sheet(certificate, issuer, plugin, DejaVuFonts.load(document));
            OutcomesFlow outcomes;
            try (PageWriter page = new PageWriter(document, newPage(document))) {
                Decoration.frame(sheet, page);
                new FrontPage(sheet, page).write(document);
                outcomes = OutcomesFlow.fitting(sheet, certificate.outcomes(), page.y() - Sheet.FOOTER_TOP);
                outcomes.write(page, Sheet.FOOTER_TOP);
                SignatureFooter.write(sheet, page, !outcomes.done());
            }
            while (!outcomes.done()) {
                try (PageWriter page = new PageWriter(document, newPage(document))) {
                    ContinuationPage.write(sheet, page, outcomes);
                }
            }
            describe(document, sheet);
            EmbeddedCredentials.attach(document, issuer.attachments(), sheet.labels().both("attachment.openBadge"),
                    document.getDocumentInformation().getCreationDate());
            // the same certificate gets the same /ID, so re-rendering it changes as little as possible
            document.setDocumentId(certificate.id().getMostSignificantBits() ^ certificate.id().getLeastSignificantBits());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static Sheet sheet(CertificateSnapshot certificate, IssuerContext issuer, Plugin plugin, DejaVuFonts fonts) {
        CertificateTemplate standard = CertificateTemplate.standard();
        CertificateTemplate template = issuer.templateOrStandard();
        return new Sheet(certificate, issuer, new CertificateLabels(plugin, certificate.courseTitleEn() != null), fonts,
                Rgb.parse(template.primaryColor(), Rgb.parse(standard.primaryColor(), Rgb.TEXT)),
                Rgb.parse(template.accentColor(), Rgb.parse(standard.accentColor(), Rgb.MUTED)));
    }

    private static PDPage newPage(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }

    private static void describe(PDDocument document, Sheet sheet) {
        CertificateSnapshot c = sheet.certificate();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(sheet.labels().uk("document") + " № " + c.serialNumber());
        info.setAuthor(c.providerName());
        info.setSubject(c.courseTitle());
        info.setCreator("Fakh");
        info.setProducer("Fakh");
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        issued.setTime(Date.from(c.issuedAt()));
        info.setCreationDate(issued);
        document.getDocumentCatalog().setLanguage("uk");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
