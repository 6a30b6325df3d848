package ua.fakh.core.users.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** The profile facts columns of {@code users} alone: saving them never touches the rest of the account. */
@MappedEntity("users")
record UserFactsRow(@Id UUID id, @Nullable String jobPosition, @Nullable Integer yearsExperience) {
}
