package ua.fakh.core.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A created user, plus the generated password when none was given (shown this once, never stored in clear). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewAccount(@JsonUnwrapped UserView user, @Nullable String temporaryPassword) {
}
