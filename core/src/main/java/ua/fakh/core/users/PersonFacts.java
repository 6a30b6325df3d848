package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/me/facts} and {@code PUT /api/users/{id}/facts}: a person's position and years of
 * experience, both optional; each is taken as given (absent clears it).
 */
@Serdeable
public record PersonFacts(@Nullable @Size(max = 200) String jobPosition, @Nullable @Min(0) @Max(70) Integer yearsExperience) {
    public static final PersonFacts NONE = new PersonFacts(null, null);
}
