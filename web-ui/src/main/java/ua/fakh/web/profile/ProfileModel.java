package ua.fakh.web.profile;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * The profile page: the forms' values and errors, and which change was just saved ({@code profile},
 * {@code password} or {@code facts}), if any. {@code facts} is null when the installation does not ask
 * for a position and years of experience.
 */
public record ProfileModel(String email, String fullName, String locale, @Nullable String saved,
                           Map<String, String> errors, @Nullable ProfileFactsFields facts) {
}
