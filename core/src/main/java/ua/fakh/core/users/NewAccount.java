package ua.fakh.core.users;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A created user, and whether an invitation went out: an account created without a password gets a
 * set-password link by e-mail (7 days); one created with a password (scripts) does not.
 */
@Serdeable
public record NewAccount(@JsonUnwrapped UserView user, boolean invited) {
}
