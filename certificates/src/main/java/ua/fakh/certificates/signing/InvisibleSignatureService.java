package ua.fakh.certificates.signing;

import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.visible.defaultdrawer.PdfBoxDefaultSignatureDrawerFactory;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.OutputStream;

/**
 * DSS's PDFBox signing with one change: the widget of a signature or document timestamp being added, which
 * is invisible (a zero-size rectangle), carries no appearance dictionary. PDFBox gives every invisible
 * signature an empty Form XObject ({@code /BBox [0 0 0 0]}, {@code /Length 0}) that readers warn about;
 * ISO 32000-2 (12.5.2, "AP") requires an appearance only of annotations whose rectangle has a width and a
 * height. Widgets already in the file (earlier signatures) are never touched: that would change what they signed.
 */
final class InvisibleSignatureService extends PdfBoxSignatureService {

    InvisibleSignatureService(PDFServiceMode mode) {
        super(mode, new PdfBoxDefaultSignatureDrawerFactory());
    }

    @Override
    public void saveDocumentIncrementally(PDDocument document, OutputStream out) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDSignatureField signature) {
                    signature.getWidgets().forEach(InvisibleSignatureService::dropEmptyAppearance);
                }
            }
        }
        super.saveDocumentIncrementally(document, out);
    }

    private static void dropEmptyAppearance(PDAnnotationWidget widget) {
        boolean addedNow = widget.getCOSObject().getKey() == null;
        PDRectangle box = widget.getRectangle();
        boolean invisible = box == null || box.getWidth() == 0 || box.getHeight() == 0;
        if (addedNow && invisible && widget.getCOSObject().containsKey(COSName.AP)) {
            widget.getCOSObject().removeItem(COSName.AP);
        }
    }
}
