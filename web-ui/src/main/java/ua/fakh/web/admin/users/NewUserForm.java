package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
record NewUserForm(@Nullable String email, @Nullable String fullName, @Nullable String locale,
                   @Nullable String organizationId, @Nullable List<String> roles,
                   @Nullable String analystScope, @Nullable String analystOrganizationId) {
}
