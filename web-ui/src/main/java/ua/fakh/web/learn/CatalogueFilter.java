package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.web.page.PageContext;

import java.util.StringJoiner;
import java.util.UUID;

/** What the catalogue's form asked for; every part may be empty. */
public record CatalogueFilter(@Nullable String q, @Nullable UUID provider, @Nullable String language, @Nullable String tag) {

    public String text() {
        return q == null ? "" : q;
    }

    public String providerValue() {
        return provider == null ? "" : provider.toString();
    }

    public String languageValue() {
        return language == null ? "" : language;
    }

    public String tagValue() {
        return tag == null ? "" : tag;
    }

    /** The address of page {@code page} of the same search. */
    public String link(int page) {
        StringJoiner query = new StringJoiner("&", "/courses?", "");
        if (q != null) {
            query.add("q=" + PageContext.encode(q));
        }
        if (provider != null) {
            query.add("provider=" + provider);
        }
        if (language != null) {
            query.add("language=" + language);
        }
        if (tag != null) {
            query.add("tag=" + PageContext.encode(tag));
        }
        query.add("page=" + page);
        return query.toString();
    }
}
