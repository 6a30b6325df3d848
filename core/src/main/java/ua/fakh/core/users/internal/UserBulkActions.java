package ua.fakh.core.users.internal;

import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserBulkAction;
import ua.fakh.core.users.UserBulkResult;
import ua.fakh.core.users.UserChange;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one action to many people through {@link Users}' own single-person operations, so every
 * rule (not oneself, never the last administrator, sessions end on a role change) holds here too; a
 * refused person is reported and the others still change.
 */
@Singleton
class UserBulkActions {
    private final Validator validator;

    UserBulkActions(Validator validator) {
        this.validator = validator;
    }

    UserBulkResult run(UserBulkAction action, Caller actor, Users users) {
        FieldCheck check = FieldCheck.of(validator, action);
        if (action.action() == UserBulkAction.Kind.MOVE && action.organizationId() == null) {
            check.add("organizationId", "problem.constraint.NotNull");
        }
        boolean roleAction = action.action() == UserBulkAction.Kind.ADD_ROLE || action.action() == UserBulkAction.Kind.REMOVE_ROLE;
        if (roleAction && action.role() == null) {
            check.add("role", "problem.constraint.NotNull");
        }
        check.throwIfAny();
        int changed = 0;
        int unchanged = 0;
        List<UserBulkResult.Refusal> refused = new ArrayList<>();
        for (UUID id : action.userIds()) {
            try {
                if (apply(action, id, actor, users)) {
                    changed++;
                } else {
                    unchanged++;
                }
            } catch (FakhException refusal) {
                List<FieldError> fields = refusal.fieldErrors();
                refused.add(new UserBulkResult.Refusal(id, fields.isEmpty() ? refusal.getMessage() : fields.get(0).message()));
            }
        }
        return new UserBulkResult(changed, unchanged, refused);
    }

    /** True when the person changed. */
    private static boolean apply(UserBulkAction action, UUID id, Caller actor, Users users) {
        UserView before = users.get(id, actor);
        return switch (action.action()) {
            case DISABLE -> before.status() != UserStatus.DISABLED && users.setStatus(id, UserStatus.DISABLED, actor) != null;
            case ENABLE -> before.status() != UserStatus.ACTIVE && users.setStatus(id, UserStatus.ACTIVE, actor) != null;
            case MOVE -> !action.organizationId().equals(before.organizationId())
                    && users.update(id, new UserChange(null, null, action.organizationId(), null), actor) != null;
            case ADD_ROLE, REMOVE_ROLE -> changeRole(action, before, actor, users);
        };
    }

    private static boolean changeRole(UserBulkAction action, UserView before, Caller actor, Users users) {
        Set<Role> roles = before.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(before.roles());
        boolean differs = action.action() == UserBulkAction.Kind.ADD_ROLE ? roles.add(action.role()) : roles.remove(action.role());
        if (!differs) {
            return false;
        }
        if (!roles.contains(Role.ADMIN) && before.roles().contains(Role.ADMIN) && before.id().equals(actor.userId())) {
            throw FieldCheck.start().add("roles", "problem.field.notYourOwnAdminRole").asException();
        }
        if (roles.isEmpty()) {
            throw FieldCheck.start().add("roles", "problem.field.lastRole").asException();
        }
        users.update(before.id(), new UserChange(null, null, null, roles), actor);
        return true;
    }
}
