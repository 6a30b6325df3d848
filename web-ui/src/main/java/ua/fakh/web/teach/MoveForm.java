package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.core.errors.ValidationException;

import java.util.UUID;

/**
 * How the outline moves a section or lesson: the up and down buttons ({@code direction=up} or
 * {@code down}), a lesson's "move to section" select ({@code sectionId}, to its end), or a drop
 * after dragging ({@code position}, 0-based, with {@code sectionId} when a lesson lands in another section).
 */
@Serdeable
public record MoveForm(@Nullable String direction, @Nullable String position, @Nullable String sectionId) {

    boolean up() {
        return "up".equals(direction);
    }

    /** Whether this names a place (drag and drop, the section select) rather than one step. */
    boolean toPlace() {
        return direction == null || direction.isBlank();
    }

    /** The 0-based place asked for, or {@code null} for the end. */
    @Nullable Integer placeOrEnd() {
        if (position == null || position.isBlank()) {
            return null;
        }
        try {
            int at = Integer.parseInt(position.strip());
            if (at >= 0) {
                return at;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ValidationException.of("position", "problem.field.position");
    }

    @Nullable UUID section() {
        if (sectionId == null || sectionId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(sectionId.strip());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("sectionId", "problem.field.sectionId");
        }
    }
}
