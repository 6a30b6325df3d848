package ua.fakh.web.session;

import io.micronaut.core.annotation.Nullable;

/** The sign-in page: the e-mail typed so far, where to go next, and why the last try failed (a message already in the page's language). */
public record SignInModel(String email, String next, @Nullable String error) {
}
