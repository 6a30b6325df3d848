package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.OrganizationView;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("organizations")
record OrganizationRow(@Id UUID id, OrganizationKind kind, String name, @Nullable String nameEn,
                       @Nullable String edrpou, @Nullable String code, @Nullable UUID parentId, String path,
                       String searchText, Instant createdAt, Instant updatedAt) {

    OrganizationView view() {
        int depth = (int) path.chars().filter(c -> c == '/').count() - 2;
        return new OrganizationView(id, kind, name, nameEn, edrpou, code, parentId, depth, createdAt);
    }
}
