package ua.fakh.web.analytics.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import ua.fakh.certificates.pdf.DejaVuFonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The partner report as one A4 page, whatever the data: the heading (title, scope, period and filters), the
 * key numbers, the oblast tile map, the top rows of the main table ("…and N more" under it), and at the
 * foot the privacy rule and the day it was made. Every block gets a bounded height and every line is cut
 * to its width, so nothing can push the page onto a second one. DejaVu Sans is embedded (subset).
 */
final class ReportPdf {
    static final String MEDIA_TYPE = "application/pdf";
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 40;
    static final float CONTENT_WIDTH = WIDTH - 2 * MARGIN;
    /** Everything above this line is the body; the footer sits below it. */
    static final float FOOTER_TOP = MARGIN + 30;
    private static final int MAX_CONDITION_LINES = 4;
    private static final float GAP = 12;
    private static final float MAP_MAX_HEIGHT = 300;
    /** What the table keeps at least, so a large map never leaves it no room. */
    private static final float TABLE_MIN_HEIGHT = 120;

    private ReportPdf() {
    }

    static byte[] write(ReportPage report) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            DejaVuFonts fonts = DejaVuFonts.load(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfPen pen = new PdfPen(content, fonts);
                float y = heading(pen, report, HEIGHT - MARGIN);
                y = KeyNumbersDrawing.draw(pen, report.keyNumbers(), MARGIN, y, CONTENT_WIDTH) - GAP;
                if (report.map() != null) {
                    float room = Math.min(MAP_MAX_HEIGHT, y - FOOTER_TOP - (report.table() == null ? 0 : TABLE_MIN_HEIGHT));
                    y = TileMapDrawing.draw(pen, report.map(), MARGIN, y, CONTENT_WIDTH, room) - GAP;
                }
                if (report.table() != null) {
                    new TopRowsDrawing(pen, report.locale(), report.words()).draw(report.table(), MARGIN, y, CONTENT_WIDTH, FOOTER_TOP + 6);
                }
                footer(pen, report);
            }
            describe(document, report);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title, scope, the period and filters (at most four lines; the last one takes what is left), a rule. */
    private static float heading(PdfPen pen, ReportPage report, float top) throws IOException {
        float y = top - 17;
        pen.left(report.title(), pen.fonts().bold(), 17, PdfPen.TEXT, MARGIN, y, CONTENT_WIDTH);
        y -= 17;
        pen.left(report.scope(), pen.fonts().bold(), 11, PdfPen.TEXT, MARGIN, y, CONTENT_WIDTH);
        for (String line : conditionLines(report.conditions())) {
            y -= 13;
            pen.left(line, pen.fonts().regular(), 9, PdfPen.MUTED, MARGIN, y, CONTENT_WIDTH);
        }
        y -= 8;
        pen.line(MARGIN, y, MARGIN + CONTENT_WIDTH, y, PdfPen.RULE, 0.8f);
        return y - GAP;
    }

    static List<String> conditionLines(List<String> conditions) {
        if (conditions.size() <= MAX_CONDITION_LINES) {
            return conditions;
        }
        List<String> lines = new ArrayList<>(conditions.subList(0, MAX_CONDITION_LINES - 1));
        lines.add(String.join("; ", conditions.subList(MAX_CONDITION_LINES - 1, conditions.size())));
        return lines;
    }

    private static void footer(PdfPen pen, ReportPage report) throws IOException {
        pen.line(MARGIN, FOOTER_TOP, MARGIN + CONTENT_WIDTH, FOOTER_TOP, PdfPen.RULE, 0.8f);
        pen.left(report.privacy(), pen.fonts().regular(), 8, PdfPen.TEXT, MARGIN, FOOTER_TOP - 12, CONTENT_WIDTH);
        pen.left(report.generated(), pen.fonts().regular(), 7.5f, PdfPen.MUTED, MARGIN, FOOTER_TOP - 24, CONTENT_WIDTH);
    }

    private static void describe(PDDocument document, ReportPage report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title() + " — " + report.scope());
        info.setCreator("Fakh");
        info.setProducer("Fakh");
        document.getDocumentCatalog().setLanguage(report.locale().toLanguageTag());
    }
}
