package ua.fakh.core.analytics.boundaries;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;
import ua.fakh.core.errors.PayloadTooLargeException;

/**
 * {@code fakh.map.*}: the largest boundary file an administrator may upload (the whole of Ukraine's
 * hromadas from the open-data portal is some tens of megabytes; larger files are refused with 413
 * before they are parsed).
 */
@ConfigurationProperties("fakh.map")
public record BoundarySettings(@Bindable(defaultValue = "50MB") @ReadableBytes long maxBoundaryBytes) {
    private static final long KB = 1024;

    /** The refusal of a file past the limit, the limit said in MB (or KB when smaller). */
    public PayloadTooLargeException tooLarge() {
        return maxBoundaryBytes >= KB * KB
                ? new PayloadTooLargeException("problem.boundaries.tooLarge", maxBoundaryBytes / (KB * KB))
                : new PayloadTooLargeException("problem.boundaries.tooLargeKb", Math.max(1, maxBoundaryBytes / KB));
    }
}
