package ua.fakh.certificates.issuing.internal;

import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.courses.enrollment.Completions;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Why a certificate is refused to an enrollment that has not completed: the same missing requirements
 * the learner's course page lists ("attendance 50 % of the required 80 % …", "pass the test «…»"), in
 * the language of the trainer whose request this is (Ukrainian outside a request).
 */
@Singleton
class CompletionRefusal {
    private final Completions completions;
    private final Messages messages;
    private final LocaleChoice locales;

    CompletionRefusal(Completions completions, Messages messages, LocaleChoice locales) {
        this.completions = completions;
        this.messages = messages;
        this.locales = locales;
    }

    String reason(UUID enrollmentId) {
        Locale locale = ServerRequestContext.currentRequest().map(locales::of).orElse(LocaleChoice.UKRAINIAN);
        return completions.missing(enrollmentId).stream().map(m -> m.sentence(messages, locale))
                .collect(Collectors.joining("; "));
    }
}
