package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * Filters of the catalogue; any may be empty. {@code text} matches word forms in either language;
 * {@code readerLanguage} ("uk" or "en") decides which title the results are sorted by.
 */
public record CatalogueQuery(@Nullable String text, @Nullable UUID providerId, @Nullable String language, @Nullable String tag,
                             String readerLanguage) {

    public CatalogueQuery {
        readerLanguage = "en".equals(readerLanguage) ? "en" : "uk";
    }

    /** A query sorted by Ukrainian titles. */
    public CatalogueQuery(@Nullable String text, @Nullable UUID providerId, @Nullable String language, @Nullable String tag) {
        this(text, providerId, language, tag, "uk");
    }
}
