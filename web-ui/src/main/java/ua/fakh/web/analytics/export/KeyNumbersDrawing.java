package ua.fakh.web.analytics.export;

import ua.fakh.certificates.pdf.TextLines;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** The key numbers as a row (or two) of boxes: the figure large, what it counts in two short lines under it. */
final class KeyNumbersDrawing {
    static final int PER_ROW = 4;
    static final int MOST = 2 * PER_ROW;
    private static final float BOX_HEIGHT = 46;
    private static final float FIGURE = 16;
    private static final float SPACING = 8;
    private static final Color BOX = new Color(0xee, 0xf2, 0xf7);

    private KeyNumbersDrawing() {
    }

    /** Draws the first {@link #MOST} numbers below {@code top}; answers the lowest y it used. */
    static float draw(PdfPen pen, List<ReportPage.KeyNumber> numbers, float left, float top, float width) throws IOException {
        List<ReportPage.KeyNumber> shown = numbers.subList(0, Math.min(MOST, numbers.size()));
        float boxWidth = (width - (PER_ROW - 1) * SPACING) / PER_ROW;
        float y = top;
        for (int i = 0; i < shown.size(); i++) {
            int column = i % PER_ROW;
            if (column == 0 && i > 0) {
                y -= BOX_HEIGHT + SPACING;
            }
            box(pen, shown.get(i), left + column * (boxWidth + SPACING), y - BOX_HEIGHT, boxWidth);
        }
        return shown.isEmpty() ? top : y - BOX_HEIGHT;
    }

    private static void box(PdfPen pen, ReportPage.KeyNumber number, float x, float bottom, float width) throws IOException {
        pen.fill(x, bottom, width, BOX_HEIGHT, BOX);
        float inner = width - 12;
        // a figure is never cut: a long one is set smaller
        float natural = TextLines.width(TextLines.printable(number.shown(), pen.fonts().bold()), pen.fonts().bold(), FIGURE);
        float size = natural <= inner ? FIGURE : Math.max(6, FIGURE * inner / natural);
        pen.left(number.shown(), pen.fonts().bold(), size, PdfPen.TEXT, x + 6, bottom + BOX_HEIGHT - 20, inner);
        List<String> label = TextLines.wrap(number.label(), pen.fonts().regular(), 7.5f, inner);
        float baseline = bottom + 15;
        for (int line = 0; line < Math.min(2, label.size()); line++) {
            String text = line == 1 && label.size() > 2 ? String.join(" ", label.subList(1, label.size())) : label.get(line);
            pen.left(text, pen.fonts().regular(), 7.5f, PdfPen.MUTED, x + 6, baseline, inner);
            baseline -= 9;
        }
    }
}
