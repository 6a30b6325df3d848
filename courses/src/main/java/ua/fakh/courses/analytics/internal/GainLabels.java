package ua.fakh.courses.analytics.internal;

import ua.fakh.core.i18n.Messages;

import java.util.Locale;

/** The reader's language for one report: its strings, and whether names are shown in English. */
record GainLabels(Messages messages, Locale locale) {

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    String text(String key, Object... args) {
        return messages.get(locale, key, args);
    }

    GainGroup none() {
        return new GainGroup(GainGroup.NONE, text("gain.group.none"));
    }

    GainGroup yesNo(boolean yes) {
        return yes ? new GainGroup("yes", text("gain.yes")) : new GainGroup("no", text("gain.no"));
    }
}
