package ua.fakh.core.config.internal;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;

/** The 400 for a request with U+0000 in {@code field}, in the caller's language. */
@Singleton
class NulRefusal {
    private final LocaleChoice locales;
    private final Messages messages;

    NulRefusal(LocaleChoice locales, Messages messages) {
        this.locales = locales;
        this.messages = messages;
    }

    ValidationException of(HttpRequest<?> request, String field) {
        return ValidationException.of(field, messages.get(locales.of(request), "problem.nul"));
    }
}
