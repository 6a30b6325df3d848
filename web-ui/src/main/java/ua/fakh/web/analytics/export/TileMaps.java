package ua.fakh.web.analytics.export;

import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.analytics.SmallCells;
import ua.fakh.core.analytics.map.ColourClasses;
import ua.fakh.core.analytics.map.OblastTileGrid;
import ua.fakh.core.i18n.Messages;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An oblast {@link MapLayer} as the report's tile map: every tile of {@link OblastTileGrid}, coloured by the
 * layer's {@link ColourClasses} (the same scale as the web map), hatched when its number is hidden, grey with
 * "—" when the layer says nothing of it; the legend lists the classes, "no data" and the hidden sample.
 */
final class TileMaps {
    private static final String NOTHING = "—";

    private TileMaps() {
    }

    static ReportPage.TileMap of(MapLayer layer, Messages messages, Locale locale) {
        Map<String, MapLayer.Area> byOblast = new HashMap<>();
        for (MapLayer.Area area : layer.areas()) {
            String code = OblastTileGrid.oblastCode(area.katottg());
            if (code != null) {
                byOblast.putIfAbsent(code, area);
            }
        }
        ColourClasses classes = ColourClasses.of(layer.areas().stream().map(MapLayer.Area::value).filter(Objects::nonNull).toList());
        Color noData = Color.decode(ColourClasses.NO_DATA_FILL);
        List<ReportPage.Tile> tiles = new ArrayList<>();
        for (OblastTileGrid.Tile grid : OblastTileGrid.tiles()) {
            MapLayer.Area area = byOblast.get(grid.code());
            String label = messages.get(locale, grid.shortNameKey());
            if (area != null && area.value() != null) {
                ColourClasses.Range range = classes.rangeOf(area.value());
                tiles.add(new ReportPage.Tile(grid.column(), grid.row(), label, area.shown(), Color.decode(range.fill()),
                        Color.decode(range.text()), false));
            } else {
                boolean hidden = area != null && SmallCells.HIDDEN.equals(area.shown());
                tiles.add(new ReportPage.Tile(grid.column(), grid.row(), label, hidden ? SmallCells.HIDDEN : NOTHING,
                        hidden ? Color.WHITE : noData, Color.BLACK, hidden));
            }
        }
        return new ReportPage.TileMap(layer.title(), OblastTileGrid.COLUMNS, OblastTileGrid.ROWS, tiles,
                legend(layer, classes, messages, locale));
    }

    private static List<ReportPage.LegendEntry> legend(MapLayer layer, ColourClasses classes, Messages messages, Locale locale) {
        List<ReportPage.LegendEntry> legend = new ArrayList<>();
        if (layer.areas().stream().anyMatch(a -> a.value() != null)) {
            NumberFormat numbers = NumberFormat.getNumberInstance(locale);
            numbers.setMaximumFractionDigits(classes.wholeNumbers() ? 0 : 1);
            for (ColourClasses.Range range : classes.ranges()) {
                String from = numbers.format(range.from());
                String to = numbers.format(range.to());
                legend.add(new ReportPage.LegendEntry(from.equals(to) ? from : from + "–" + to, Color.decode(range.fill()), false));
            }
        }
        legend.add(new ReportPage.LegendEntry(messages.get(locale, "analytics.export.map.noData"),
                Color.decode(ColourClasses.NO_DATA_FILL), false));
        legend.add(new ReportPage.LegendEntry(messages.get(locale, "analytics.export.map.hidden"), Color.WHITE, true));
        return legend;
    }
}
