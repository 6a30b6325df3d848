package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** A trainer's bulk issue: per learner, the certificate issued (or already there) or the reason it was refused. */
@Serdeable
public record IssueReport(int issued, int alreadyIssued, List<Line> results) {

    @Serdeable
    public record Line(UUID userId, String outcome, @Nullable String serialNumber, @Nullable String reason) {
    }
}
