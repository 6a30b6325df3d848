package ua.fakh.core.auth.internal;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /login}: Micronaut Security's field names; {@code username} is the e-mail. */
@Serdeable
record LoginRequest(@NotBlank @Size(max = 320) String username, @NotBlank @Size(max = 200) String password) {
}
