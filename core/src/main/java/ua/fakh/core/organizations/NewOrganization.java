package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code POST /api/organizations}; also the body of {@code PUT} (the kind must not change; a parent
 * other than the current one moves the organization, an absent one keeps it). {@code code} is the
 * installation's own short code (for units without an EDRPOU), unique like the EDRPOU. The facts
 * reports group by ({@link OrganizationFacts}) are taken as given: on {@code PUT} an absent one is cleared.
 */
@Serdeable
public record NewOrganization(
        @NotBlank @Size(max = 300) String name,
        @Nullable @Size(max = 300) String nameEn,
        @NotNull OrganizationKind kind,
        @Nullable UUID parentId,
        @Nullable String edrpou,
        @Nullable @Size(max = 40) String code,
        @Nullable String katottg,
        @Schema(type = "string") @Nullable HromadaKind hromadaKind,
        @Nullable String institutionKind,
        @Nullable LocalDate frontlineSince,
        @Nullable LocalDate deoccupiedSince,
        @Nullable @PositiveOrZero Integer staffHeadcount) {

    @Creator // the JSON body fills every field; the shorter constructors are for code
    public NewOrganization {
    }

    /** An organization without facts. */
    public NewOrganization(String name, @Nullable String nameEn, OrganizationKind kind, @Nullable UUID parentId,
                           @Nullable String edrpou, @Nullable String code) {
        this(name, nameEn, kind, parentId, edrpou, code, null, null, null, null, null, null);
    }

    public NewOrganization(String name, @Nullable String nameEn, OrganizationKind kind, @Nullable UUID parentId,
                           @Nullable String edrpou, @Nullable String code, OrganizationFacts facts) {
        this(name, nameEn, kind, parentId, edrpou, code, facts.katottg(), facts.hromadaKind(), facts.institutionKind(),
                facts.frontlineSince(), facts.deoccupiedSince(), facts.staffHeadcount());
    }

    public OrganizationFacts facts() {
        return new OrganizationFacts(katottg, hromadaKind, institutionKind, frontlineSince, deoccupiedSince, staffHeadcount);
    }
}
