package ua.fakh.core.i18n;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.List;

/** Core's own strings: the problems an API or a page reports ({@code i18n/problems.properties}, {@code _uk}) and the account messages ({@code i18n/account_notices}). */
@Factory
public class CoreMessageBundles {
    public static final List<String> AREAS = List.of("problems", "notifications", "account_notices");

    @Singleton
    MessageSource coreMessages() {
        return new BundleMessageSource(CoreMessageBundles.class.getClassLoader(),
                AREAS.stream().map(area -> "i18n/" + area).toList());
    }
}
