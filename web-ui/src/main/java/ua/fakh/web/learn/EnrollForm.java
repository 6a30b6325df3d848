package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The enroll button's form: the key, for courses that ask for one. */
@Serdeable
public record EnrollForm(@Nullable String key) {
}
