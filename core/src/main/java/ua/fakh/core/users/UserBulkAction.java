package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ua.fakh.core.security.Role;

import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /api/users/bulk}: one action on several people. {@code MOVE} needs
 * {@code organizationId}; {@code ADD_ROLE} and {@code REMOVE_ROLE} need {@code role}.
 */
@Serdeable
public record UserBulkAction(
        @NotEmpty @Size(max = UserBulkAction.MAX_USERS) Set<@NotNull UUID> userIds,
        @NotNull Kind action,
        @Nullable UUID organizationId,
        @Schema(type = "string") @Nullable Role role) {

    public static final int MAX_USERS = 500;

    public enum Kind {
        DISABLE, ENABLE, MOVE, ADD_ROLE, REMOVE_ROLE
    }
}
