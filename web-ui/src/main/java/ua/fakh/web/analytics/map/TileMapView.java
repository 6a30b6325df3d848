package ua.fakh.web.analytics.map;

import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.analytics.map.ColourClasses;
import ua.fakh.core.analytics.map.OblastTileGrid;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The oblast tile grid of a layer, ready for {@code analytics/map_tiles.jte}: 27 squares of
 * {@link #TILE} units on {@link OblastTileGrid}'s cells, each with its short name and shown value,
 * coloured by {@link ColourClasses}, hatched when hidden, grey without a number.
 */
public record TileMapView(String title, int width, int height, List<Tile> tiles, MapLegend legend) {
    static final int TILE = 100;
    static final int GAP = 4;
    private static final int PITCH = TILE + GAP;

    /**
     * One square: its top-left corner ({@code x}, {@code y}), {@code label} (short name), {@code name}
     * (full name, for the tooltip), {@code shown} (the number, "<5" or "—"), and its paint.
     */
    public record Tile(String code, int x, int y, String label, String name, String shown, MapLegend.Paint paint) {

        public int size() {
            return TILE;
        }

        /** Long numbers ("12,5 %") get a smaller font, so every value fits its square. */
        public int valueFontSize() {
            return shown.length() <= 3 ? 34 : shown.length() <= 5 ? 28 : 22;
        }
    }

    public TileMapView {
        tiles = List.copyOf(tiles);
    }

    /** {@code t} turns a bundle key into the reader's words; {@code locale} formats the legend's numbers. */
    public static TileMapView of(MapLayer layer, Function<String, String> t, Locale locale) {
        Map<String, MapLayer.Area> byOblast = new HashMap<>();
        for (MapLayer.Area area : layer.areas()) {
            OblastTileGrid.of(area.katottg()).ifPresent(tile -> byOblast.putIfAbsent(tile.code(), area));
        }
        ColourClasses classes = MapLegend.classesOf(layer);
        List<Tile> tiles = OblastTileGrid.tiles().stream().map(cell -> {
            MapLayer.Area area = byOblast.get(cell.code());
            MapLayer.Area shown = area != null ? area : new MapLayer.Area(cell.code(), t.apply(cell.nameKey()), null, "—");
            return new Tile(cell.code(), cell.column() * PITCH, cell.row() * PITCH, t.apply(cell.shortNameKey()),
                    t.apply(cell.nameKey()), shown.shown(), MapLegend.paint(shown, classes));
        }).toList();
        boolean anyHidden = tiles.stream().anyMatch(tile -> tile.paint().hidden());
        boolean anyUnknown = tiles.stream().anyMatch(tile -> !tile.paint().known());
        return new TileMapView(layer.title(), OblastTileGrid.COLUMNS * PITCH - GAP, OblastTileGrid.ROWS * PITCH - GAP,
                tiles, MapLegend.of(classes, anyHidden, anyUnknown, t, locale));
    }
}
