package ua.fakh.core.analytics.boundaries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * What is uploaded: {@code hromadas} boundaries, the latest of them uploaded at {@code uploadedAt}
 * (null when there are none), and after an upload the {@code property} the codes were read from.
 */
@Serdeable
public record BoundarySummary(long hromadas, @Nullable Instant uploadedAt, @Nullable String property) {
}
