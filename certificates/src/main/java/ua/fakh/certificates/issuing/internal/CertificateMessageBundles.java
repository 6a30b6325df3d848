package ua.fakh.certificates.issuing.internal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/** The certificates module's own strings ({@code i18n/issuing.properties}, {@code _uk}): spreadsheet headers, status words, refusal reasons. */
@Factory
class CertificateMessageBundles {

    @Singleton
    MessageSource certificateMessages() {
        return new BundleMessageSource(CertificateMessageBundles.class.getClassLoader(), List.of("i18n/issuing"));
    }
}
