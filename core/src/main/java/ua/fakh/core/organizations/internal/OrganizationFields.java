package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.organizations.Edrpou;
import ua.fakh.core.organizations.OrganizationKind;

import java.util.Optional;
import java.util.UUID;

/**
 * The checks of an organization's EDRPOU, code and place in the tree, each adding its problem to a
 * {@link FieldCheck} so a form learns every one at once. {@code self} is the organization being
 * changed (null when new): its own EDRPOU is not a duplicate, and it cannot go inside itself.
 */
@Singleton
class OrganizationFields {
    private final OrganizationRepository rows;

    OrganizationFields(OrganizationRepository rows) {
        this.rows = rows;
    }

    @Nullable
    String edrpou(@Nullable String typed, @Nullable UUID self, FieldCheck check) {
        String code = OrganizationService.blankToNull(typed);
        if (code == null) {
            return null;
        }
        if (!Edrpou.isValid(code)) {
            check.add("edrpou", "problem.field.edrpouInvalid");
        } else if (self == null ? rows.existsByEdrpou(code) : rows.existsByEdrpouAndIdNotEqual(code, self)) {
            check.taken("edrpou", "problem.field.edrpouTaken");
        }
        return code;
    }

    @Nullable
    String code(@Nullable String typed, @Nullable UUID self, FieldCheck check) {
        String code = OrganizationService.blankToNull(typed);
        if (code == null) {
            return null;
        }
        if (!code.matches("[\\p{L}\\p{N}._-]{1,40}")) {
            check.add("code", "problem.field.codeInvalid");
        } else if (self == null ? rows.existsByCode(code) : rows.existsByCodeAndIdNotEqual(code, self)) {
            check.taken("code", "problem.field.codeTaken");
        }
        return code;
    }

    /** The path of the parent ("/" for the top level) when {@code kind} may sit there; "/" with a problem added otherwise. */
    String parentPath(OrganizationKind kind, @Nullable UUID parentId, @Nullable UUID self, FieldCheck check) {
        if (parentId == null) {
            if (!kind.mayBeRoot()) {
                check.add("parentId", "problem.field.parentRequired");
            }
            return "/";
        }
        Optional<OrganizationRow> parent = rows.findById(parentId);
        if (parent.isEmpty()) {
            check.add("parentId", "problem.field.noSuchOrganization");
        } else if (self != null && parent.get().path().contains("/" + self + "/")) {
            check.add("parentId", "problem.field.parentInsideItself");
        } else if (!kind.allowedParents().contains(parent.get().kind())) {
            check.add("parentId", "problem.field.parentKindNotAllowed");
        } else {
            return parent.get().path();
        }
        return "/";
    }
}
