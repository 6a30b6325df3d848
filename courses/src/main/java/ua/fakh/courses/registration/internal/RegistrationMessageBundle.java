package ua.fakh.courses.registration.internal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/** Open registration's sentences: its problems and the "a seat is yours" notice ({@code i18n/registration}). */
@Factory
class RegistrationMessageBundle {

    @Singleton
    @Named("registration")
    MessageSource registrationMessages() {
        return new BundleMessageSource(RegistrationMessageBundle.class.getClassLoader(), List.of("i18n/registration"));
    }
}
