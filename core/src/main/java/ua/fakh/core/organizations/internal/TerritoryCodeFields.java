package ua.fakh.core.organizations.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.FieldCheck;

import java.util.List;

/**
 * {@link TerritoryCodes}'s answer for one organization from a form or the API, as field problems:
 * the code's own ({@code katottg}) or its new place's ({@code parentId}). Skipped when the code or the
 * place is already wrong for a simpler reason.
 */
@Singleton
class TerritoryCodeFields {
    private final TerritoryCodes codes;

    TerritoryCodeFields(TerritoryCodes codes) {
        this.codes = codes;
    }

    /** A created or edited organization: its code, where it will sit, and what is below it. */
    void check(TerritoryCodes.Planned planned, FieldCheck check) {
        if (check.has("katottg") || check.has("parentId")) {
            return;
        }
        for (TerritoryCodes.Problem problem : codes.check(List.of(planned))) {
            switch (problem.conflict()) {
                case TAKEN -> check.taken("katottg", "problem.field.katottgTaken");
                case OUTSIDE_ABOVE -> check.add("katottg", "problem.field.katottgOutsideAbove", problem.arguments());
                case BELOW_OUTSIDE -> check.add("katottg", "problem.field.katottgBelowOutside", problem.arguments());
                case BELOW_OUTSIDE_NEW_PLACE -> check.add("parentId", "problem.field.katottgBelowOutsideNewPlace", problem.arguments());
            }
        }
    }

    /** A move alone: the organization's code and the codes below it against the new place. */
    void checkMove(TerritoryCodes.Planned planned, FieldCheck check) {
        for (TerritoryCodes.Problem problem : codes.check(List.of(planned))) {
            switch (problem.conflict()) {
                case OUTSIDE_ABOVE -> check.add("parentId", "problem.field.katottgOutsideNewPlace", problem.arguments());
                case BELOW_OUTSIDE_NEW_PLACE -> check.add("parentId", "problem.field.katottgBelowOutsideNewPlace", problem.arguments());
                default -> {
                    // the code itself did not change: it is neither taken nor outside itself because of a move
                }
            }
        }
    }
}
