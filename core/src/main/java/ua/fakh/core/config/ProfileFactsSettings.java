package ua.fakh.core.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Whether people are asked for the facts partners count about them — their position and years of
 * experience ({@code FAKH_PROFILE_FACTS_ENABLED}, off by default). Off, the profile and the
 * administrators' pages do not show them, the API refuses them, and reports do not count them.
 */
@ConfigurationProperties("fakh.profile-facts")
public record ProfileFactsSettings(@Bindable(defaultValue = "false") boolean enabled) {
}
