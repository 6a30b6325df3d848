package ua.fakh.web.analytics.export;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import ua.fakh.certificates.pdf.DejaVuFonts;
import ua.fakh.certificates.pdf.TextLines;

import java.awt.Color;
import java.io.IOException;

/**
 * Draws on the report's one page: single lines of text cut with "…" to the width they are given (so nothing
 * ever runs onto a second page or over its neighbour), filled and hatched rectangles. Points, origin bottom left.
 */
final class PdfPen {
    static final Color TEXT = new Color(0x1f, 0x29, 0x37);
    static final Color MUTED = new Color(0x5b, 0x65, 0x73);
    static final Color RULE = new Color(0xc8, 0xcd, 0xd3);
    private static final String ELLIPSIS = "…";

    private final PDPageContentStream content;
    private final DejaVuFonts fonts;

    PdfPen(PDPageContentStream content, DejaVuFonts fonts) {
        this.content = content;
        this.fonts = fonts;
    }

    DejaVuFonts fonts() {
        return fonts;
    }

    /** {@code text} on one line from {@code x}, cut to {@code maxWidth}. */
    void left(String text, PDFont font, float size, Color colour, float x, float baseline, float maxWidth) throws IOException {
        show(fit(text, font, size, maxWidth), font, size, colour, x, baseline);
    }

    /** {@code text} on one line ending at {@code right}, cut to {@code maxWidth}. */
    void right(String text, PDFont font, float size, Color colour, float right, float baseline, float maxWidth) throws IOException {
        String line = fit(text, font, size, maxWidth);
        show(line, font, size, colour, right - TextLines.width(line, font, size), baseline);
    }

    /** {@code text} on one line centred on {@code centre}, cut to {@code maxWidth}. */
    void centred(String text, PDFont font, float size, Color colour, float centre, float baseline, float maxWidth) throws IOException {
        String line = fit(text, font, size, maxWidth);
        show(line, font, size, colour, centre - TextLines.width(line, font, size) / 2, baseline);
    }

    void fill(float x, float y, float width, float height, Color colour) throws IOException {
        content.setNonStrokingColor(colour);
        content.addRect(x, y, width, height);
        content.fill();
    }

    void frame(float x, float y, float width, float height, Color colour, float thickness) throws IOException {
        content.setStrokingColor(colour);
        content.setLineWidth(thickness);
        content.addRect(x, y, width, height);
        content.stroke();
    }

    void line(float x1, float y1, float x2, float y2, Color colour, float thickness) throws IOException {
        content.setStrokingColor(colour);
        content.setLineWidth(thickness);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** Diagonal hatching inside a rectangle: how a hidden ("<5") area reads without colour, in print too. */
    void hatch(float x, float y, float width, float height, Color colour) throws IOException {
        content.saveGraphicsState();
        content.addRect(x, y, width, height);
        content.clip();
        content.setStrokingColor(colour);
        content.setLineWidth(0.6f);
        for (float offset = -height; offset < width; offset += 4) {
            content.moveTo(x + offset, y);
            content.lineTo(x + offset + height, y + height);
        }
        content.stroke();
        content.restoreGraphicsState();
    }

    /** {@code text} as the font prints it, cut with "…" so it is at most {@code maxWidth} wide. */
    static String fit(String text, PDFont font, float size, float maxWidth) {
        String line = TextLines.printable(text == null ? "" : text, font);
        if (TextLines.width(line, font, size) <= maxWidth) {
            return line;
        }
        int end = line.length();
        while (end > 0 && TextLines.width(line.substring(0, end) + ELLIPSIS, font, size) > maxWidth) {
            end--;
        }
        return end == 0 ? "" : line.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private void show(String line, PDFont font, float size, Color colour, float x, float baseline) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(colour);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }
}
