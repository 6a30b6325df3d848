package ua.fakh.web.analytics.map;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.errors.ValidationException;

/**
 * Which map a request asks for: {@code oblast} (the tile grid) or {@code hromada} (the choropleth of
 * uploaded boundaries, under the tiles). Without {@code level} the page shows hromadas once boundaries
 * exist: the filter form, which does not carry the level, then keeps the map the reader was looking at.
 */
enum MapLevel {
    OBLAST, HROMADA;

    /** @throws ValidationException (400) for a level that is neither */
    static MapLevel of(@Nullable String level, boolean boundariesUploaded) {
        if (level == null || level.isBlank()) {
            return boundariesUploaded ? HROMADA : OBLAST;
        }
        return switch (level.strip()) {
            case "oblast" -> OBLAST;
            case "hromada" -> HROMADA;
            default -> throw ValidationException.of("level", "problem.field.analytics.mapLevel");
        };
    }

    String parameter() {
        return this == OBLAST ? "oblast" : "hromada";
    }
}
