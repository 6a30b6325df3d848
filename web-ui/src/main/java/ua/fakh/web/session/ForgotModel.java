package ua.fakh.web.session;

import io.micronaut.core.annotation.Nullable;

/** The "forgot password?" page: the address typed, and why the last try was refused (in the page's language). */
public record ForgotModel(String email, @Nullable String error) {
}
