package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.core.organizations.HromadaKind;
import ua.fakh.core.organizations.OrganizationFacts;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.OrganizationView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@MappedEntity("organizations")
record OrganizationRow(@Id UUID id, OrganizationKind kind, String name, @Nullable String nameEn,
                       @Nullable String edrpou, @Nullable String code, @Nullable UUID parentId, String path,
                       String searchText, Instant createdAt, Instant updatedAt,
                       @Nullable String katottg, @Nullable HromadaKind hromadaKind, @Nullable String institutionKind,
                       @Nullable LocalDate frontlineSince, @Nullable LocalDate deoccupiedSince,
                       @Nullable Integer staffHeadcount) {

    OrganizationView view() {
        int depth = (int) path.chars().filter(c -> c == '/').count() - 2;
        return new OrganizationView(id, kind, name, nameEn, edrpou, code, parentId, depth, createdAt,
                katottg, hromadaKind, institutionKind, frontlineSince, deoccupiedSince, staffHeadcount);
    }

    OrganizationFacts facts() {
        return new OrganizationFacts(katottg, hromadaKind, institutionKind, frontlineSince, deoccupiedSince, staffHeadcount);
    }

    /** The same organization with these facts, changed at {@code now}. */
    OrganizationRow withFacts(OrganizationFacts facts, Instant now) {
        return new OrganizationRow(id, kind, name, nameEn, edrpou, code, parentId, path, searchText, createdAt, now,
                facts.katottg(), facts.hromadaKind(), facts.institutionKind(), facts.frontlineSince(),
                facts.deoccupiedSince(), facts.staffHeadcount());
    }

    /** The same organization under another parent (its path and that parent), changed at {@code now}. */
    OrganizationRow movedTo(@Nullable UUID newParentId, String newPath, Instant now) {
        return new OrganizationRow(id, kind, name, nameEn, edrpou, code, newParentId, newPath, searchText, createdAt, now,
                katottg, hromadaKind, institutionKind, frontlineSince, deoccupiedSince, staffHeadcount);
    }

    /** The path of the parent ("/" at the top level): the path without its own id. */
    String parentPath() {
        return path.substring(0, path.length() - id.toString().length() - 1);
    }

    /** The ids of every organization above this one, the top first. */
    List<UUID> ancestorIds() {
        return Arrays.stream(parentPath().split("/")).filter(s -> !s.isEmpty()).map(UUID::fromString).toList();
    }
}
