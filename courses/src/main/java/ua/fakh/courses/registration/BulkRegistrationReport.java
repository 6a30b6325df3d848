package ua.fakh.courses.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * What HR's bulk registration did, line by line (from 1, in the order given): each person SEATED,
 * WAITING (with the position) or REFUSED with a reason ({@code problem.registration.line.*}) and its
 * message in the reader's language. Someone already registered keeps their seat or place.
 */
@Serdeable
public record BulkRegistrationReport(int seated, int waiting, int refused, List<Line> lines) {

    @Serdeable
    public record Line(int line, String value, String outcome, @Nullable Integer position, @Nullable String reason,
                       @Nullable String message) {
    }

    /** The same report with every reason worded ({@code translate}: bundle key → text). */
    public BulkRegistrationReport localized(Function<String, String> translate) {
        return new BulkRegistrationReport(seated, waiting, refused, lines.stream().map(l -> l.reason() == null ? l
                : new Line(l.line(), l.value(), l.outcome(), l.position(), l.reason(), translate.apply(l.reason()))).toList());
    }
}
