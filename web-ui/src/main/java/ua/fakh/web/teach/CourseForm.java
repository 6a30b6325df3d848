package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.web.page.FormIds;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.courses.content.CourseAuthoring;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.EnrollmentPolicy;
import ua.fakh.courses.content.NewCourse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * The course description form as typed: every field text, lists one item a line (outcomes,
 * competences) or comma-separated (tags). {@link #checked} reads it into the course door's
 * shape and reports what it cannot read together with the door's own problems.
 */
@Serdeable
public record CourseForm(@Nullable String title, @Nullable String titleEn, @Nullable String summary,
                         @Nullable String summaryEn, @Nullable String hours, @Nullable String ectsCredits,
                         @Nullable String outcomes, @Nullable String competences, @Nullable String language,
                         @Nullable String providerId, @Nullable String tags, @Nullable String enrollmentPolicy,
                         @Nullable String enrollmentKey, @Nullable String certificateValidityMonths,
                         @Nullable String publicPreview) {

    static CourseForm empty(@Nullable UUID providerId) {
        return new CourseForm("", "", "", "", "", "", "", "", "uk", providerId == null ? "" : providerId.toString(), "",
                EnrollmentPolicy.OPEN.name(), "", "", null);
    }

    static CourseForm of(CourseView c) {
        return new CourseForm(c.title(), c.titleEn(), c.summary(), c.summaryEn(), plain(c.hours()), plain(c.ectsCredits()),
                String.join("\n", c.outcomes()), String.join("\n", c.competences()), c.language(), c.providerId().toString(),
                String.join(", ", c.tags()), c.enrollmentPolicy().name(), c.enrollmentKey(),
                c.certificateValidityMonths() == null ? "" : c.certificateValidityMonths().toString(),
                c.publicPreview() ? "true" : null);
    }

    /**
     * The description read and checked by the course door without saving: every problem at once, those
     * of reading the form (a number, an id or a choice where one is needed) and the door's own.
     *
     * @throws ValidationException naming every field that is wrong
     */
    NewCourse checked(CourseAuthoring courses) {
        List<FieldError> errors = new ArrayList<>();
        NewCourse course = read(errors);
        Set<String> unreadable = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        courses.problems(course).stream().filter(problem -> !unreadable.contains(problem.field())).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return course;
    }

    /** The description as far as it can be read; {@code errors} gets each field that cannot. */
    private NewCourse read(List<FieldError> errors) {
        BigDecimal hoursValue = decimal("hours", hours, true, errors);
        BigDecimal ects = decimal("ectsCredits", ectsCredits, false, errors);
        Integer months = null;
        if (!blank(certificateValidityMonths)) {
            try {
                months = Integer.valueOf(certificateValidityMonths.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("certificateValidityMonths", "must be a whole number of months"));
            }
        }
        UUID provider = FormIds.orNull(providerId);
        if (provider == null) {
            errors.add(new FieldError("providerId", "choose a training provider"));
        }
        EnrollmentPolicy policy = null;
        try {
            policy = EnrollmentPolicy.valueOf(blank(enrollmentPolicy) ? "OPEN" : enrollmentPolicy.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("enrollmentPolicy", "choose who may enrol"));
        }
        return new NewCourse(text(title), optional(titleEn), text(summary), optional(summaryEn), hoursValue, ects,
                lines(outcomes), lines(competences), text(language), provider, policy,
                policy == EnrollmentPolicy.KEY ? optional(enrollmentKey) : null, months,
                blank(tags) ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                null, publicPreview != null);
    }

    private static BigDecimal decimal(String field, @Nullable String value, boolean required, List<FieldError> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a number"));
            return null;
        }
    }

    private static List<String> lines(@Nullable String text) {
        return blank(text) ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String optional(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
