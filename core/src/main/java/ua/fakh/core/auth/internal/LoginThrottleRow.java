package ua.fakh.core.auth.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("login_throttle")
record LoginThrottleRow(@Id String email, int failures, int locks, @Nullable Instant lockedUntil, Instant lastFailureAt) {
}
