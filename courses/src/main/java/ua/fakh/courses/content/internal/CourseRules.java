package ua.fakh.courses.content.internal;

import ua.fakh.core.common.JsonColumns;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import ua.fakh.core.common.SearchText;
import ua.fakh.core.errors.ConstraintFieldErrors;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CatalogueQuery;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseStatus;
import ua.fakh.courses.content.EnrollmentPolicy;
import ua.fakh.courses.content.NewCourse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a course description must satisfy, its fields' constraints and the rules between them, all
 * reported at once; and how it becomes a row.
 */
@Singleton
class CourseRules {
    static final BigDecimal HOURS_PER_ECTS = BigDecimal.valueOf(30);

    private final Organizations organizations;
    private final JsonColumns json;
    private final Validator validator;

    CourseRules(Organizations organizations, JsonColumns json, Validator validator) {
        this.organizations = organizations;
        this.json = json;
        this.validator = validator;
    }

    /** Refuses the description with every problem at once, or a trainer's course of another provider. */
    void check(NewCourse course, Caller actor) {
        List<FieldError> errors = problems(course);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!actor.isAdmin() && !organizations.isWithin(actor.organizationId(), course.providerId())) {
            throw new ForbiddenException("problem.course.ownProviderOnly");
        }
    }

    /** Every wrong filter of a catalogue search at once, as bundle keys. */
    void checkCatalogueQuery(CatalogueQuery query) {
        List<FieldError> errors = new ArrayList<>();
        if (query.text() != null && query.text().length() > CatalogueQuery.MAX_TEXT) {
            errors.add(new FieldError("q", "problem.field.catalogueSearchTooLong"));
        }
        if (query.language() != null && !query.language().isBlank() && !CatalogueQuery.LANGUAGES.contains(query.language())) {
            errors.add(new FieldError("language", "problem.field.catalogueLanguage"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Every problem of the description: its fields' constraints and the rules between them, one per field. */
    List<FieldError> problems(NewCourse course) {
        Map<String, FieldError> errors = new TreeMap<>();
        for (ConstraintViolation<NewCourse> violation : validator.validate(course)) {
            String field = violation.getPropertyPath().iterator().next().getName();
            errors.putIfAbsent(field, ConstraintFieldErrors.of(field, violation));
        }
        if (course.hours() != null && course.hours().multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            errors.putIfAbsent("hours", new FieldError("hours", "problem.field.wholeOrHalfHours"));
        }
        if (course.enrollmentPolicy() == EnrollmentPolicy.KEY && (course.enrollmentKey() == null || course.enrollmentKey().isBlank())) {
            errors.putIfAbsent("enrollmentKey", new FieldError("enrollmentKey", "problem.field.enrollmentKeyRequired"));
        }
        OrganizationView provider = course.providerId() == null ? null : organizations.find(course.providerId()).orElse(null);
        if (provider == null || provider.kind() != OrganizationKind.PROVIDER) {
            errors.putIfAbsent("providerId", new FieldError("providerId", "problem.field.notAProvider"));
        }
        return List.copyOf(errors.values());
    }

    static BigDecimal ects(NewCourse course) {
        return course.ectsCredits() != null ? course.ectsCredits().setScale(2, RoundingMode.HALF_UP)
                : course.hours().divide(HOURS_PER_ECTS, 2, RoundingMode.HALF_UP);
    }

    CourseRow row(UUID id, NewCourse c, CourseStatus status, int version, boolean draftChanged, @Nullable UUID createdBy,
                  Instant createdAt, Instant updatedAt, @Nullable CourseRow previous) {
        EnrollmentPolicy policy = c.enrollmentPolicy() == null ? EnrollmentPolicy.OPEN : c.enrollmentPolicy();
        return new CourseRow(id, c.providerId(), status, version, draftChanged, c.title().strip(), blank(c.titleEn()),
                c.summary().strip(), blank(c.summaryEn()), c.hours(), ects(c), c.ectsCredits() != null, c.language(),
                json.write(strip(c.outcomes())), json.write(strip(c.competences())), json.write(strip(c.tags())), policy,
                policy == EnrollmentPolicy.KEY ? c.enrollmentKey().strip() : null, c.certificateValidityMonths(),
                Boolean.TRUE.equals(c.publicPreview()), createdBy, createdAt, updatedAt,
                previous == null ? null : previous.catalogTitle(), previous == null ? null : previous.catalogLanguage(),
                previous == null ? null : previous.catalogTags(), previous == null ? null : previous.catalogSearch());
    }

    /** The row after publishing {@code document} as {@code version}: the catalogue now shows it. */
    CourseRow published(CourseRow r, int version, CourseDocument d, Instant now) {
        String tags = "|" + d.tags().stream().map(SearchText::fold).collect(Collectors.joining("|")) + "|";
        String search = SearchText.fold(d.title(), d.titleEn(), d.summary(), d.summaryEn());
        if (search.length() > 20_000) {
            search = search.substring(0, 20_000);
        }
        return new CourseRow(r.id(), r.providerId(), CourseStatus.PUBLISHED, version, false, r.title(), r.titleEn(),
                r.summary(), r.summaryEn(), r.hours(), r.ectsCredits(), r.ectsExplicit(), r.language(), r.outcomes(),
                r.competences(), r.tags(), r.enrollmentPolicy(), r.enrollmentKey(), r.certificateValidityMonths(),
                r.publicPreview(), r.createdBy(), r.createdAt(), now, d.title(), d.language(), tags, search);
    }

    CourseRow withStatus(CourseRow r, CourseStatus status, Instant now) {
        return new CourseRow(r.id(), r.providerId(), status, r.publishedVersion(), r.draftChanged(), r.title(), r.titleEn(),
                r.summary(), r.summaryEn(), r.hours(), r.ectsCredits(), r.ectsExplicit(), r.language(), r.outcomes(),
                r.competences(), r.tags(), r.enrollmentPolicy(), r.enrollmentKey(), r.certificateValidityMonths(),
                r.publicPreview(), r.createdBy(), r.createdAt(), now, r.catalogTitle(), r.catalogLanguage(),
                r.catalogTags(), r.catalogSearch());
    }

    /** The working copy changed: learners still see the last published version. */
    CourseRow touched(CourseRow r, Instant now) {
        return new CourseRow(r.id(), r.providerId(), r.status(), r.publishedVersion(), true, r.title(), r.titleEn(),
                r.summary(), r.summaryEn(), r.hours(), r.ectsCredits(), r.ectsExplicit(), r.language(), r.outcomes(),
                r.competences(), r.tags(), r.enrollmentPolicy(), r.enrollmentKey(), r.certificateValidityMonths(),
                r.publicPreview(), r.createdBy(), r.createdAt(), now, r.catalogTitle(), r.catalogLanguage(),
                r.catalogTags(), r.catalogSearch());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> strip(List<String> list) {
        return list == null ? List.of() : list.stream().map(String::strip).toList();
    }
}
