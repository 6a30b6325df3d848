package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Moves a section or lesson to {@code position} (0-based); a lesson may also change section. */
@Serdeable
public record Move(@NotNull @Min(0) Integer position, @Nullable UUID sectionId) {
}
