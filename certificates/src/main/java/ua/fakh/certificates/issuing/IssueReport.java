package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A trainer's bulk issue: per learner, the certificate issued (or already there) or why it was refused:
 * {@code reasonKey} and {@code reasonArgs} name the reason for programs, {@code reason} words it in the
 * reader's language once {@link #worded} has run (the service does not know who reads it).
 */
@Serdeable
public record IssueReport(int issued, int alreadyIssued, List<Line> results) {

    public static final String ISSUED = "ISSUED";
    public static final String ALREADY_ISSUED = "ALREADY_ISSUED";
    public static final String REFUSED = "REFUSED";

    @Serdeable
    public record Line(UUID userId, String outcome, @Nullable String serialNumber, @Nullable String reason,
                       @Nullable String reasonKey, List<String> reasonArgs) {

        public static Line issued(UUID userId, String outcome, String serialNumber) {
            return new Line(userId, outcome, serialNumber, null, null, List.of());
        }

        /** Refused for the reason {@code key} of the certificates bundle, filled with {@code args}. */
        public static Line refused(UUID userId, String key, Object... args) {
            return new Line(userId, REFUSED, null, null, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    /** This report with every reason worded by {@code wording} (a bundle lookup in the reader's language). */
    public IssueReport worded(BiFunction<String, Object[], String> wording) {
        return new IssueReport(issued, alreadyIssued, results.stream().map(line -> line.reasonKey() == null ? line
                : new Line(line.userId(), line.outcome(), line.serialNumber(), wording.apply(line.reasonKey(),
                        line.reasonArgs().toArray()), line.reasonKey(), line.reasonArgs())).toList());
    }
}
