package ua.fakh.core.organizations;

import java.util.Set;

/**
 * Where an organization sits: oblast (region) → district (raion, optional) → hromada (territorial
 * community) → institution;
 * training providers stand alone or inside any of them.
 */
public enum OrganizationKind {
    OBLAST, DISTRICT, HROMADA, INSTITUTION, PROVIDER;

    /** The kinds this kind may be placed under; empty means it must be a root. */
    public Set<OrganizationKind> allowedParents() {
        return switch (this) {
            case OBLAST -> Set.of();
            case DISTRICT -> Set.of(OBLAST);
            case HROMADA -> Set.of(OBLAST, DISTRICT);
            case INSTITUTION -> Set.of(OBLAST, DISTRICT, HROMADA, INSTITUTION);
            case PROVIDER -> Set.of(OBLAST, DISTRICT, HROMADA, INSTITUTION, PROVIDER);
        };
    }

    public boolean mayBeRoot() {
        return this == OBLAST || this == PROVIDER;
    }
}
