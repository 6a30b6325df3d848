package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Renaming, re-coding and moving an organization (its kind stays), and its facts. */
@Serdeable
record OrganizationEditForm(@Nullable String name, @Nullable String nameEn, @Nullable String parentId,
                            @Nullable String edrpou, @Nullable String code,
                            @Nullable String katottg, @Nullable String hromadaKind, @Nullable String institutionKind,
                            @Nullable String frontlineSince, @Nullable String deoccupiedSince, @Nullable String staffHeadcount) {

    FactsFields facts() {
        return FactsFields.typed(katottg, hromadaKind, institutionKind, frontlineSince, deoccupiedSince, staffHeadcount);
    }
}
