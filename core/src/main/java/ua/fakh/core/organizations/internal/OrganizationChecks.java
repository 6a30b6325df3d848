package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.organizations.NewOrganization;
import ua.fakh.core.organizations.OrganizationFacts;

import java.util.Objects;
import java.util.UUID;

/**
 * Every check of an organization to create or change, all at once: its fields, EDRPOU and code, its
 * place in the tree, its facts and where its KATOTTG code sits. Nothing is written.
 */
@Singleton
class OrganizationChecks {
    private final OrganizationFields fields;
    private final OrganizationFactRules factRules;
    private final TerritoryCodeFields placed;
    private final Validator validator;

    OrganizationChecks(OrganizationFields fields, OrganizationFactRules factRules, TerritoryCodeFields placed, Validator validator) {
        this.fields = fields;
        this.factRules = factRules;
        this.placed = placed;
        this.validator = validator;
    }

    /** Every check of a request, and what it gives when it passes. */
    record Checked(FieldCheck check, String parentPath, @Nullable String edrpou, @Nullable String code, OrganizationFacts facts) {
    }

    Checked ofNew(NewOrganization org, UUID id) {
        FieldCheck check = FieldCheck.of(validator, org);
        String edrpou = fields.edrpou(org.edrpou(), null, check);
        String code = fields.code(org.code(), null, check);
        String parentPath = org.kind() == null ? "/" : fields.parentPath(org.kind(), org.parentId(), null, check);
        OrganizationFacts facts = org.kind() == null ? OrganizationFacts.NONE : factRules.check(org.kind(), org.facts(), check);
        if (org.kind() != null) {
            placed.check(new TerritoryCodes.Planned(id, org.kind(), parentPath + id + "/", null, facts.katottg(), false), check);
        }
        return new Checked(check, parentPath, edrpou, code, facts);
    }

    Checked ofChange(OrganizationRow row, NewOrganization change, @Nullable UUID parentId) {
        UUID id = row.id();
        FieldCheck check = FieldCheck.of(validator, change);
        if (change.kind() != null && change.kind() != row.kind()) {
            check.add("kind", "problem.field.kindFixed");
        }
        String parentPath = Objects.equals(parentId, row.parentId()) ? row.parentPath()
                : fields.parentPath(row.kind(), parentId, id, check);
        String edrpou = fields.edrpou(change.edrpou(), id, check);
        String code = fields.code(change.code(), id, check);
        OrganizationFacts facts = factRules.check(row.kind(), change.facts(), check);
        placed.check(new TerritoryCodes.Planned(id, row.kind(), parentPath + id + "/", row.path(), facts.katottg(),
                !parentPath.equals(row.parentPath())), check);
        return new Checked(check, parentPath, edrpou, code, facts);
    }
}
