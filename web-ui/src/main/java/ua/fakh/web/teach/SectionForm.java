package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A section's titles, to add or rename it. */
@Serdeable
public record SectionForm(@Nullable String title, @Nullable String titleEn) {
}
