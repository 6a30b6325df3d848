package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A person's profile facts as they and administrators see them; {@code asked} false when the
 * installation does not ask for them (then none are shown).
 */
@Serdeable
public record ProfileFactsView(boolean asked, @Nullable String jobPosition, @Nullable Integer yearsExperience) {
}
