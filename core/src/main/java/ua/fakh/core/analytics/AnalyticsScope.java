package ua.fakh.core.analytics;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * What one caller's territory reports count: everyone below {@code rootId} (everyone in the
 * installation when it is null), and whether the caller may see who stands behind a number
 * ({@code names}: administrators everywhere, HR for its own subtree; an ANALYST never).
 */
public record AnalyticsScope(@Nullable UUID rootId, boolean names) {

    public boolean wholeInstallation() {
        return rootId == null;
    }
}
