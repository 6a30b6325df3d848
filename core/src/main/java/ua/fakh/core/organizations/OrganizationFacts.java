package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * What territory reports group an organization by: its KATOTTG code, the kind of hromada (hromadas
 * only), the kind of institution (institutions only, a code of {@link InstitutionKinds}), the days
 * from which a hromada counts as frontline or de-occupied, and its staff headcount (the denominator
 * of coverage; not for providers). Every part may be absent.
 */
@Serdeable
public record OrganizationFacts(@Nullable String katottg, @Nullable HromadaKind hromadaKind,
                                @Nullable String institutionKind, @Nullable LocalDate frontlineSince,
                                @Nullable LocalDate deoccupiedSince, @Nullable Integer staffHeadcount) {

    public static final OrganizationFacts NONE = new OrganizationFacts(null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
