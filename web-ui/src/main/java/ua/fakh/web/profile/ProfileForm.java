package ua.fakh.web.profile;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;

@Serdeable
record ProfileForm(@Nullable String fullName, @Nullable String locale) {
}
