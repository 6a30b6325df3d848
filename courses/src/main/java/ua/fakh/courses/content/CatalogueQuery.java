package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** Filters of the catalogue; any may be empty. */
public record CatalogueQuery(@Nullable String text, @Nullable UUID providerId, @Nullable String language, @Nullable String tag) {
}
