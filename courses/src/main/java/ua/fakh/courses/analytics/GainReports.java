package ua.fakh.courses.analytics;

import ua.fakh.core.security.Caller;

import java.util.Locale;

/**
 * Knowledge gain for territory reports: what the pre-test and post-test of each course say about the
 * people in the caller's scope, per course, per cohort and per place and kind, and which pre-test
 * questions they most often got wrong. Whom a caller may count is decided at every call
 * ({@link ua.fakh.core.analytics.AnalyticsScopes#of}); the tables name groups, never people.
 */
public interface GainReports {

    /**
     * @param locale the reader's language: headers, group names and notes
     * @throws ua.fakh.core.errors.ForbiddenException for a caller who may read no territory report
     */
    GainReport gain(AnalyticsFilter filter, Caller caller, Locale locale);
}
