package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The up and down buttons of the outline: {@code direction=up} or {@code down}. */
@Serdeable
public record MoveForm(@Nullable String direction) {

    boolean up() {
        return "up".equals(direction);
    }
}
