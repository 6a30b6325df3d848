package ua.fakh.web.analytics.map;

import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.analytics.SmallCells;
import ua.fakh.core.analytics.map.ColourClasses;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The key under a map: the five colour classes with their ranges, then the hatched "<5" and the grey
 * "no data" when the map has any. Written as HTML beside the SVG, so it wraps on a phone and is read.
 */
public record MapLegend(List<Entry> entries) {

    /** {@code kind}: {@code class}, {@code hidden} (hatched) or {@code none} (grey). */
    public record Entry(String kind, String label, String fill) {
    }

    /** The colour of each place, how it is drawn: a class's fill, hatched, or grey. */
    public record Paint(String fill, String text, boolean hidden, boolean known) {
    }

    public MapLegend {
        entries = List.copyOf(entries);
    }

    static MapLegend of(ColourClasses classes, boolean anyHidden, boolean anyUnknown, Function<String, String> t, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        for (ColourClasses.Range range : classes.ranges().subList(0, classes.usedClasses())) {
            String from = number(range.from(), classes.wholeNumbers(), locale);
            String to = number(range.to(), classes.wholeNumbers(), locale);
            entries.add(new Entry("class", from.equals(to) ? from : from + "–" + to, range.fill()));
        }
        if (anyHidden) {
            entries.add(new Entry("hidden", t.apply("analytics.map.legend.hidden"), "#ffffff"));
        }
        if (anyUnknown) {
            entries.add(new Entry("none", t.apply("analytics.map.legend.none"), ColourClasses.NO_DATA_FILL));
        }
        return new MapLegend(entries);
    }

    /** How an area is painted: hidden small cells hatched, places without a number grey, the rest by class. */
    static Paint paint(MapLayer.Area area, ColourClasses classes) {
        if (area.value() != null) {
            ColourClasses.Range range = classes.rangeOf(area.value());
            return new Paint(range.fill(), range.text(), false, true);
        }
        return SmallCells.HIDDEN.equals(area.shown())
                ? new Paint("#ffffff", "#000000", true, true)
                : new Paint(ColourClasses.NO_DATA_FILL, "#000000", false, false);
    }

    /** The scale of a layer: its shown values. */
    static ColourClasses classesOf(MapLayer layer) {
        return ColourClasses.of(layer.areas().stream().map(MapLayer.Area::value).filter(v -> v != null).toList());
    }

    private static String number(double value, boolean whole, Locale locale) {
        if (whole) {
            return Long.toString(Math.round(value));
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }
}
