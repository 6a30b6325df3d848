package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * Filters of the catalogue; any may be empty. {@code text} matches word forms in either language;
 * {@code readerLanguage} ("uk" or "en") decides which title the results are sorted by.
 */
public record CatalogueQuery(@Nullable String text, @Nullable UUID providerId, @Nullable String language, @Nullable String tag,
                             String readerLanguage) {
    /** Longer search text is refused: no one types it, and each word costs a lookup. */
    public static final int MAX_TEXT = 200;
    /** The languages a course may be taught in, as the {@code language} filter names them. */
    public static final List<String> LANGUAGES = List.of("uk", "en");

    public CatalogueQuery {
        readerLanguage = "en".equals(readerLanguage) ? "en" : "uk";
    }

    /** A query sorted by Ukrainian titles. */
    public CatalogueQuery(@Nullable String text, @Nullable UUID providerId, @Nullable String language, @Nullable String tag) {
        this(text, providerId, language, tag, "uk");
    }
}
