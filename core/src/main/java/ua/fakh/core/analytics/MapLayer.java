package ua.fakh.core.analytics;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One number per place, to be drawn on a map and listed beside it: oblasts (tile grid) or hromadas
 * (choropleth from uploaded boundaries).
 *
 * @param level  {@code oblast} or {@code hromada}
 * @param title  what the number is, in the reader's language ("Навчено працівників")
 */
public record MapLayer(String level, String title, List<Area> areas) {

    public MapLayer {
        areas = List.copyOf(areas);
    }

    /**
     * @param katottg the place's KATOTTG code (for an oblast, its first-level code, e.g. {@code UA05000000000010236},
     *                or only its two digits {@code 05} when the oblast has no full code on record)
     * @param value   the number, or null when hidden as a small cell or unknown
     * @param shown   what the reader sees: the number, {@link SmallCells#HIDDEN}, or "—"
     */
    public record Area(String katottg, String name, @Nullable Double value, String shown) {
    }
}
