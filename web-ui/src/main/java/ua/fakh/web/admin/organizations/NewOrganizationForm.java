package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record NewOrganizationForm(@Nullable String kind, @Nullable String name, @Nullable String nameEn,
                           @Nullable String parentId, @Nullable String edrpou, @Nullable String code) {
}
