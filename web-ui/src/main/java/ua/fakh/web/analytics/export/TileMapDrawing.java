package ua.fakh.web.analytics.export;

import org.apache.pdfbox.pdmodel.font.PDFont;
import ua.fakh.certificates.pdf.TextLines;
import ua.fakh.core.analytics.map.ColourClasses;

import java.awt.Color;
import java.io.IOException;

/**
 * The oblast tile map in vector graphics: its title, one square per oblast where the grid puts it, filled
 * with its colour class (hatched, with "<5", when the number is hidden; the hatching and outline colours of
 * {@link ColourClasses}, as on the web map), the oblast's short name and number in it, and the legend under
 * the grid.
 */
final class TileMapDrawing {
    private static final float TITLE = 16;
    private static final float LEGEND_LINE = 13;
    private static final float GUTTER = 2;
    private static final float SWATCH = 9;
    private static final Color HATCH = Color.decode(ColourClasses.HATCH_STROKE);
    private static final Color OUTLINE = Color.decode(ColourClasses.OUTLINE);

    private TileMapDrawing() {
    }

    /** Draws the map within {@code maxHeight} below {@code top}; answers the lowest y it used. */
    static float draw(PdfPen pen, ReportPage.TileMap map, float left, float top, float width, float maxHeight) throws IOException {
        pen.left(map.title(), pen.fonts().bold(), 10, PdfPen.TEXT, left, top - 10, width);
        int legendLines = legendLines(pen, map, width);
        float gridRoom = maxHeight - TITLE - legendLines * LEGEND_LINE - 4;
        float tile = Math.max(4, Math.min(width / Math.max(1, map.columns()), gridRoom / Math.max(1, map.rows())));
        float gridLeft = left + (width - tile * map.columns()) / 2;
        float gridTop = top - TITLE;
        for (ReportPage.Tile t : map.tiles()) {
            tile(pen, t, gridLeft + t.column() * tile, gridTop - (t.row() + 1) * tile, tile);
        }
        float y = gridTop - map.rows() * tile - 4;
        return legend(pen, map, left, y, width);
    }

    private static void tile(PdfPen pen, ReportPage.Tile t, float x, float y, float size) throws IOException {
        float inner = size - GUTTER;
        if (t.hidden()) {
            pen.fill(x, y, inner, inner, Color.WHITE);
            pen.hatch(x, y, inner, inner, HATCH);
        } else {
            pen.fill(x, y, inner, inner, t.fill());
        }
        pen.frame(x, y, inner, inner, OUTLINE, 0.4f);
        Color ink = t.hidden() ? PdfPen.TEXT : t.ink();
        float nameSize = clamp(size * 0.16f, 4.5f, 7);
        float valueSize = clamp(size * 0.24f, 5.5f, 10);
        float centre = x + inner / 2;
        float nameBaseline = y + inner - nameSize - 2;
        float valueBaseline = y + inner * 0.25f;
        if (t.hidden()) {
            // white plates under the words, so the hatching never hides them
            plate(pen, PdfPen.fit(t.label(), pen.fonts().regular(), nameSize, inner - 2), pen.fonts().regular(), nameSize, centre, nameBaseline);
            plate(pen, t.shown(), pen.fonts().bold(), valueSize, centre, valueBaseline);
        }
        pen.centred(t.label(), pen.fonts().regular(), nameSize, ink, centre, nameBaseline, inner - 2);
        pen.centred(t.shown(), pen.fonts().bold(), valueSize, ink, centre, valueBaseline, inner - 2);
    }

    private static void plate(PdfPen pen, String text, PDFont font, float size, float centre, float baseline) throws IOException {
        float width = TextLines.width(TextLines.printable(text, font), font, size) + 4;
        pen.fill(centre - width / 2, baseline - size * 0.25f, width, size * 1.2f, Color.WHITE);
    }

    private static float legend(PdfPen pen, ReportPage.TileMap map, float left, float top, float width) throws IOException {
        float x = left;
        float baseline = top - 9;
        for (ReportPage.LegendEntry entry : map.legend()) {
            float itemWidth = itemWidth(pen, entry);
            if (x > left && x + itemWidth > left + width) {
                x = left;
                baseline -= LEGEND_LINE;
            }
            if (entry.hidden()) {
                pen.hatch(x, baseline - 1, SWATCH, SWATCH, HATCH);
            } else {
                pen.fill(x, baseline - 1, SWATCH, SWATCH, entry.fill());
            }
            pen.frame(x, baseline - 1, SWATCH, SWATCH, OUTLINE, 0.4f);
            pen.left(entry.label(), pen.fonts().regular(), 7, PdfPen.TEXT, x + SWATCH + 3, baseline, left + width - x - SWATCH - 3);
            x += itemWidth;
        }
        return map.legend().isEmpty() ? top : baseline - 4;
    }

    private static int legendLines(PdfPen pen, ReportPage.TileMap map, float width) {
        int lines = map.legend().isEmpty() ? 0 : 1;
        float x = 0;
        for (ReportPage.LegendEntry entry : map.legend()) {
            float itemWidth = itemWidth(pen, entry);
            if (x > 0 && x + itemWidth > width) {
                lines++;
                x = 0;
            }
            x += itemWidth;
        }
        return lines;
    }

    private static float itemWidth(PdfPen pen, ReportPage.LegendEntry entry) {
        return SWATCH + 3 + TextLines.width(PdfPen.fit(entry.label(), pen.fonts().regular(), 7, 400), pen.fonts().regular(), 7) + 10;
    }

    private static float clamp(float value, float min, float max) {
        return Math.max(min, Math.min(max, value));
    }
}
