package ua.fakh.courses.content.internal.search;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** A published course that passes the catalogue's filters, with the titles it is sorted by. */
@Introspected
public record CatalogueEntry(UUID courseId, String title, @Nullable String titleEn) {
}
