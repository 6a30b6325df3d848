package ua.fakh.core.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/** The first administrator, created on the first start ({@code FAKH_ADMIN_EMAIL}, {@code FAKH_ADMIN_PASSWORD}). */
@ConfigurationProperties("fakh.admin")
public record AdminBootstrapSettings(
        @Bindable(defaultValue = "admin@fakh.local") String email,
        @Nullable String password) {
}
