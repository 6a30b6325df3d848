package ua.fakh.core.notifications;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * An argument of a notice that exists in both languages, such as a course title: the message shows
 * the recipient's language, Ukrainian when there is no English.
 */
public record Bilingual(String uk, @Nullable String en) {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : uk;
    }
}
