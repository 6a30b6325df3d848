package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The users page's bulk form: the people ticked, the action, its organization or role, and the confirmation. */
@Serdeable
record BulkForm(@Nullable List<String> userIds, @Nullable String action, @Nullable String bulkOrganizationId,
                @Nullable String role, @Nullable String confirm) {
}
