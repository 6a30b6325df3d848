package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An organization as the API shows it, with the facts territory reports group by ({@link OrganizationFacts}). */
@Serdeable
public record OrganizationView(UUID id, OrganizationKind kind, String name, @Nullable String nameEn,
                               @Nullable String edrpou, @Nullable String code, @Nullable UUID parentId, int depth,
                               Instant createdAt, @Nullable String katottg, @Schema(type = "string") @Nullable HromadaKind hromadaKind,
                               @Nullable String institutionKind, @Nullable LocalDate frontlineSince,
                               @Nullable LocalDate deoccupiedSince, @Nullable Integer staffHeadcount) {

    public OrganizationFacts facts() {
        return new OrganizationFacts(katottg, hromadaKind, institutionKind, frontlineSince, deoccupiedSince, staffHeadcount);
    }
}
