package ua.fakh.web.profile;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * The profile page: the two forms' values and errors, and which change was just saved
 * ({@code profile} or {@code password}), if any.
 */
public record ProfileModel(String email, String fullName, String locale, @Nullable String saved,
                           Map<String, String> errors) {
}
