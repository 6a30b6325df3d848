package ua.fakh.core.analytics.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Five sequential colour classes of equal width from 0 to the largest shown value, the one scale
 * every map of a layer uses (web SVG and the PDF report): ColorBrewer's YlGnBu, which readers with
 * the common colour-vision deficiencies still see as light-to-dark, each fill with a text colour of at
 * least 4.5:1 contrast. Places without data are {@link #NO_DATA_FILL}; hidden small cells are hatched
 * ({@link #HATCH_STROKE} lines on white), never coloured, so a "<5" gives no hint of its number.
 */
public final class ColourClasses {
    public static final List<String> FILLS = List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");
    public static final List<String> TEXT = List.of("#000000", "#000000", "#000000", "#000000", "#ffffff");
    public static final String NO_DATA_FILL = "#d9d9d9";
    public static final String HATCH_STROKE = "#737373";
    /** Outline of every tile and hromada: the lightest class still stands apart from the page (3:1). */
    public static final String OUTLINE = "#737373";

    /** One class: values from {@code from} up to {@code to} (both included for whole numbers). */
    public record Range(double from, double to, String fill, String text) {
    }

    private final List<Range> ranges;
    private final double width;
    private final boolean whole;

    private ColourClasses(double max, boolean whole) {
        this.whole = whole;
        int count = FILLS.size();
        this.width = whole ? Math.max(1, Math.ceil((max + 1) / count)) : Math.max(max, 1e-9) / count;
        List<Range> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double from = i * width;
            double to = whole ? (i + 1) * width - 1 : (i + 1) * width;
            list.add(new Range(from, to, FILLS.get(i), TEXT.get(i)));
        }
        this.ranges = List.copyOf(list);
    }

    /** The scale of a layer's shown values (hidden and missing ones are no values); negative values count as 0. */
    public static ColourClasses of(Collection<Double> values) {
        double max = values.stream().mapToDouble(v -> Math.max(0, v)).max().orElse(0);
        boolean whole = values.stream().allMatch(v -> v == Math.rint(v));
        return new ColourClasses(max, whole);
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** Whether every value is a whole number (a count), so ranges read "8–15" rather than "7.4–14.8". */
    public boolean wholeNumbers() {
        return whole;
    }

    /** The class (0 lightest … 4 darkest) of a shown value. */
    public int classOf(double value) {
        int index = (int) Math.floor(Math.max(0, value) / width);
        return Math.min(FILLS.size() - 1, index);
    }

    public Range rangeOf(double value) {
        return ranges.get(classOf(value));
    }
}
