package ua.fakh.courses.analytics;

import ua.fakh.core.analytics.AnalyticsScope;

/** The choices of a territory report's filter, limited to what the scope's people enrolled in. */
public interface AnalyticsFilterChoices {

    AnalyticsFilterOptions options(AnalyticsScope scope);
}
