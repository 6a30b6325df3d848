package ua.fakh.courses.enrollment;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * What a trainer's bulk enrollment did, entry by entry: a bad entry never stops the others, and every
 * entry not enrolled is listed with its reason. {@code errors}: refused (not an address, no such
 * person…); {@code unchanged}: already enrolled, or named twice in the list.
 */
@Serdeable
public record EnrollmentReport(int enrolled, int alreadyEnrolled, List<RowError> errors, List<RowError> unchanged) {

    /**
     * {@code line}: where in the list (from 1); {@code value}: the text as given; {@code reason}: a
     * stable bundle key ({@code problem.enrol.*}); {@code message}: that reason in the reader's language.
     */
    @Serdeable
    public record RowError(int line, String value, String reason, String message) {
    }

    /** The same report with every message in a language ({@code translate}: bundle key → text). */
    public EnrollmentReport localized(Function<String, String> translate) {
        return new EnrollmentReport(enrolled, alreadyEnrolled, translated(errors, translate), translated(unchanged, translate));
    }

    private static List<RowError> translated(List<RowError> rows, Function<String, String> translate) {
        return rows.stream().map(r -> new RowError(r.line(), r.value(), r.reason(), translate.apply(r.reason()))).toList();
    }
}
