package ua.fakh.web.analytics.export;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.i18n.Messages;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.courses.analytics.AnalyticsFilterOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A report's filter in words, one line per part that narrows it: the period always ("all time" when open),
 * then the provider, course, tag and cohort by name (as the filter's choices name them for this scope).
 */
final class ConditionWords {
    private ConditionWords() {
    }

    static List<String> of(AnalyticsFilter filter, AnalyticsFilterOptions options, Messages messages, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<String> lines = new ArrayList<>();
        lines.add(period(filter, messages, locale));
        if (filter.providerId() != null) {
            lines.add(messages.get(locale, "analytics.export.condition.provider", name(options.providers(), filter.providerId(), english, messages, locale)));
        }
        if (filter.courseId() != null) {
            lines.add(messages.get(locale, "analytics.export.condition.course", name(options.courses(), filter.courseId(), english, messages, locale)));
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            lines.add(messages.get(locale, "analytics.export.condition.tag", filter.tag()));
        }
        if (filter.cohortId() != null) {
            lines.add(messages.get(locale, "analytics.export.condition.cohort", name(options.cohorts(), filter.cohortId(), english, messages, locale)));
        }
        return lines;
    }

    static String period(AnalyticsFilter filter, Messages messages, Locale locale) {
        if (filter.from() != null && filter.to() != null) {
            return messages.get(locale, "analytics.export.period", KyivTime.date(filter.from()), KyivTime.date(filter.to()));
        }
        if (filter.from() != null) {
            return messages.get(locale, "analytics.export.periodFrom", KyivTime.date(filter.from()));
        }
        if (filter.to() != null) {
            return messages.get(locale, "analytics.export.periodTo", KyivTime.date(filter.to()));
        }
        return messages.get(locale, "analytics.export.periodAll");
    }

    /** The choice's name; an id not among this scope's choices is named as unknown rather than shown raw. */
    private static String name(List<AnalyticsFilterOptions.Option> options, @Nullable UUID id, boolean english,
                               Messages messages, Locale locale) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst().map(o -> o.name(english))
                .orElseGet(() -> messages.get(locale, "analytics.export.condition.unknown"));
    }
}
