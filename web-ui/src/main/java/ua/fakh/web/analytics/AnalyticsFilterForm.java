package ua.fakh.web.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpStatus;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A territory report's filter as the query string carries it ({@code from}, {@code to}: days as
 * {@code 2026-01-31}; {@code provider}, {@code course}, {@code cohort}: ids; {@code tag}), shared by
 * every analytics page and API. Every field may be empty; what is wrong is said all at once: text that
 * is not a day or an id is a 400, a period that ends before it starts a 422.
 */
public record AnalyticsFilterForm(String from, String to, String provider, String course, String tag, String cohort) {
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    private static final int TAG_LENGTH = 60;

    public AnalyticsFilterForm {
        from = text(from);
        to = text(to);
        provider = text(provider);
        course = text(course);
        tag = text(tag);
        cohort = text(cohort);
    }

    /** The filter of a request's query string. */
    public static AnalyticsFilterForm of(HttpParameters query) {
        return new AnalyticsFilterForm(query.get("from"), query.get("to"), query.get("provider"), query.get("course"),
                query.get("tag"), query.get("cohort"));
    }

    public static AnalyticsFilterForm empty() {
        return new AnalyticsFilterForm("", "", "", "", "", "");
    }

    /** What is wrong with the fields, every one of them; empty when the filter can be used. */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = day(from, "from", errors);
        LocalDate end = day(to, "to", errors);
        id(provider, "provider", errors);
        id(course, "course", errors);
        id(cohort, "cohort", errors);
        if (tag.length() > TAG_LENGTH || tag.contains("|")) {
            errors.add(FieldError.of("tag", "problem.field.analytics.tag", TAG_LENGTH));
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(FieldError.of("to", "problem.field.analytics.period"));
        }
        return errors;
    }

    /** The filter, or every field error at once (400; 422 when only the period is the wrong way round). */
    public AnalyticsFilter toFilter() {
        List<FieldError> errors = errors();
        if (!errors.isEmpty()) {
            boolean onlyPeriod = errors.stream().allMatch(e -> e.message().equals("problem.field.analytics.period"));
            throw new ValidationException(errors, onlyPeriod ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST);
        }
        return new AnalyticsFilter(from.isEmpty() ? null : LocalDate.parse(from), to.isEmpty() ? null : LocalDate.parse(to),
                uuid(provider), uuid(course), tag.isEmpty() ? null : tag, uuid(cohort));
    }

    /** The field errors in the page's language, by field. */
    public Map<String, String> errorMessages(PageContext ctx) {
        List<FieldError> errors = errors();
        return errors.isEmpty() ? Map.of() : FormErrors.of(new ValidationException(errors), ctx, "analytics.filter.invalid.");
    }

    /** The filter as a query string to carry in links ({@code ?from=2026-01-01&course=…}), or "" when empty. */
    public String toQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("provider", provider);
        values.put("course", course);
        values.put("tag", tag);
        values.put("cohort", cohort);
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(PageContext.encode(value));
            }
        });
        return query.toString();
    }

    /** {@link #toQuery()} with {@code &} instead of {@code ?}, to follow other parameters. */
    public String andQuery() {
        String query = toQuery();
        return query.isEmpty() ? "" : "&" + query.substring(1);
    }

    private static @Nullable LocalDate day(String text, String field, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
                return day;
            }
        } catch (DateTimeParseException notADay) {
            // reported below, with the others
        }
        errors.add(FieldError.of(field, "problem.field.analytics.day", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        return null;
    }

    private static void id(String text, String field, List<FieldError> errors) {
        if (!text.isEmpty() && uuid(text) == null) {
            errors.add(FieldError.of(field, "problem.field.notAnId"));
        }
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return text.isEmpty() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
