package ua.fakh.courses.analytics.internal;

import ua.fakh.core.i18n.Messages;
import ua.fakh.core.organizations.Place;

import java.util.Locale;

/** The report's words in the reader's language ({@code i18n/coverage}). */
record CoverageTexts(Messages messages, Locale locale) {

    String t(String key, Object... arguments) {
        return messages.get(locale, "coverage." + key, arguments);
    }

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    String name(Place.Unit unit) {
        return unit.name(english());
    }
}
