package ua.fakh.core.auth.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("login_throttle")
record LoginThrottleRow(@EmbeddedId LoginThrottleKey id, int failures, int locks, @Nullable Instant lockedUntil,
                        Instant lastFailureAt) {
}
