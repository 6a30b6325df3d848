package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/me}: a user changes their own name or language; absent fields stay. */
@Serdeable
public record ProfileChange(
        @Nullable @Size(min = 1, max = 300) String fullName,
        @Nullable @Pattern(regexp = "uk|en", message = "{problem.field.language}") String locale) {
}
