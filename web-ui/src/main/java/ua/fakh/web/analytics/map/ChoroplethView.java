package ua.fakh.web.analytics.map;

import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.analytics.boundaries.HromadaShape;
import ua.fakh.core.analytics.map.ColourClasses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The hromadas of a layer that have an uploaded boundary, as SVG paths coloured like the tiles, framed
 * to just those hromadas (an HR of one hromada sees its hromada, not all of Ukraine); the hromadas
 * without a boundary are counted for a sentence under the map and stay in the table.
 */
public record ChoroplethView(String title, int[] box, List<Hromada> hromadas, int withoutBoundary, MapLegend legend) {
    /** Room around the drawn hromadas, as a share of the larger side of their box. */
    private static final double MARGIN = 0.03;

    /** One hromada: its SVG path data, paint, and "name: shown" for the tooltip. */
    public record Hromada(String katottg, String path, String tooltip, MapLegend.Paint paint) {
    }

    public ChoroplethView {
        box = box.clone();
        hromadas = List.copyOf(hromadas);
    }

    public boolean empty() {
        return hromadas.isEmpty();
    }

    /** The SVG viewBox: the drawn hromadas' box in {@link ua.fakh.core.analytics.boundaries.MapProjection}'s frame. */
    public String viewBox() {
        return box[0] + " " + box[1] + " " + box[2] + " " + box[3];
    }

    /** The hatching's spacing, so that "<5" looks alike whether the map shows one hromada or an oblast. */
    public int hatch() {
        return Math.max(2, Math.max(box[2], box[3]) / 90);
    }

    public static ChoroplethView of(MapLayer layer, Map<String, HromadaShape> shapes, Function<String, String> t, Locale locale) {
        ColourClasses classes = MapLegend.classesOf(layer);
        List<Hromada> hromadas = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        int missing = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (MapLayer.Area area : layer.areas()) {
            HromadaShape shape = shapes.get(area.katottg());
            if (shape == null) {
                missing++;
                continue;
            }
            if (!drawn.add(shape.hromadaCode())) {
                continue; // two places of one hromada: its boundary is drawn once, with the first
            }
            hromadas.add(new Hromada(area.katottg(), shape.svgPath(), area.name() + ": " + area.shown(), MapLegend.paint(area, classes)));
            minX = Math.min(minX, shape.minX());
            minY = Math.min(minY, shape.minY());
            maxX = Math.max(maxX, shape.maxX());
            maxY = Math.max(maxY, shape.maxY());
        }
        int[] box = {0, 0, 1, 1};
        if (!hromadas.isEmpty()) {
            int margin = (int) Math.ceil(Math.max(maxX - minX, maxY - minY) * MARGIN) + 1;
            box = new int[]{minX - margin, minY - margin, maxX - minX + 2 * margin, maxY - minY + 2 * margin};
        }
        boolean anyHidden = hromadas.stream().anyMatch(h -> h.paint().hidden());
        boolean anyUnknown = hromadas.stream().anyMatch(h -> !h.paint().known());
        return new ChoroplethView(layer.title(), box, hromadas, missing, MapLegend.of(classes, anyHidden, anyUnknown, t, locale));
    }
}
