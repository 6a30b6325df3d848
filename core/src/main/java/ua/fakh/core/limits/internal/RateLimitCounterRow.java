package ua.fakh.core.limits.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("rate_limit_counters")
record RateLimitCounterRow(@Id String counterKey, Instant windowEndsAt, int hits) {
}
