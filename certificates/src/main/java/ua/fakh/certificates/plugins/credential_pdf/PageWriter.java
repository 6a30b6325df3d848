package ua.fakh.certificates.plugins.credential_pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import ua.fakh.certificates.pdf.TextLines;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes onto one A4 page from the top down: a cursor {@link #y()}, lines of text (left or centred,
 * wrapped to a width), rules, rectangles and images. Sizes are in points; the page is 595 × 842.
 */
final class PageWriter implements Closeable {
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 62;
    static final float LINE_SPACING = 1.3f;

    private final PDPageContentStream content;
    private float y;

    PageWriter(PDDocument document, PDPage page) throws IOException {
        this.content = new PDPageContentStream(document, page);
        this.y = HEIGHT - MARGIN;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    void moveTo(float newY) {
        y = newY;
    }

    /** Writes {@code text} wrapped to the width between the margins, each line centred; moves the cursor below. */
    void centred(String text, PDFont font, float size, Rgb colour) throws IOException {
        for (String line : TextLines.wrap(text, font, size, WIDTH - 2 * MARGIN)) {
            y -= size;
            at(line, font, size, colour, (WIDTH - TextLines.width(line, font, size)) / 2, y);
            y -= size * (LINE_SPACING - 1);
        }
    }

    /** Writes already wrapped lines from {@code x}, the first one at the cursor; moves the cursor below. */
    void lines(List<String> lines, PDFont font, float size, Rgb colour, float x) throws IOException {
        for (String line : lines) {
            y -= size;
            at(line, font, size, colour, x, y);
            y -= size * (LINE_SPACING - 1);
        }
    }

    /** One line with its baseline at {@code baseline}; the cursor stays. */
    void at(String line, PDFont font, float size, Rgb colour, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
        content.newLineAtOffset(x, baseline);
        content.showText(TextLines.printable(line, font));
        content.endText();
    }

    void rule(float x1, float x2, float atY, Rgb colour, float thickness) throws IOException {
        content.setStrokingColor(colour.red(), colour.green(), colour.blue());
        content.setLineWidth(thickness);
        content.moveTo(x1, atY);
        content.lineTo(x2, atY);
        content.stroke();
    }

    void frame(float inset, Rgb colour, float thickness) throws IOException {
        content.setStrokingColor(colour.red(), colour.green(), colour.blue());
        content.setLineWidth(thickness);
        content.addRect(inset, inset, WIDTH - 2 * inset, HEIGHT - 2 * inset);
        content.stroke();
    }

    /** Many rectangles filled in one go: {@code rectangles} calls back for each. */
    void fillAll(Rgb colour, Rectangles rectangles) throws IOException {
        content.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
        rectangles.each(content::addRect);
        content.fill();
    }

    interface Rectangles {
        void each(Sink sink) throws IOException;
    }

    interface Sink {
        void add(float x, float bottom, float width, float height) throws IOException;
    }

    void image(PDImageXObject image, float x, float bottom, float width, float height) throws IOException {
        content.drawImage(image, x, bottom, width, height);
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
