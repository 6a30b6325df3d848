package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Renaming, re-coding and moving an organization (its kind stays). */
@Serdeable
record OrganizationEditForm(@Nullable String name, @Nullable String nameEn, @Nullable String parentId,
                            @Nullable String edrpou, @Nullable String code) {
}
