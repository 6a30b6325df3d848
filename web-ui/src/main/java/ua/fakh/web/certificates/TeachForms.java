package ua.fakh.web.certificates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The forms of the trainer's certificates tab. */
final class TeachForms {
    private TeachForms() {
    }

    @Serdeable
    record Selected(@Nullable List<String> userIds) {
    }

    @Serdeable
    record Cohort(@Nullable String cohortId) {
    }

    /** Revoking or re-issuing needs a reason and the ticked confirmation that the trainer means it. */
    @Serdeable
    record Reason(@Nullable String reason, @Nullable String confirm) {
    }
}
