package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.HromadaKind;
import ua.fakh.core.organizations.InstitutionKindView;
import ua.fakh.core.organizations.OrganizationKind;

import java.util.List;

/**
 * What the fact fields of a form offer: the kinds of hromada and of institution, and which fields an
 * organization of {@code kind} has (all of them on the "new organization" form, where the kind is
 * still to be chosen).
 */
public record FactsChoices(@Nullable OrganizationKind kind, List<InstitutionKindView> institutionKinds) {

    public List<HromadaKind> hromadaKinds() {
        return List.of(HromadaKind.values());
    }

    public boolean katottg() {
        return kind != OrganizationKind.PROVIDER;
    }

    public boolean hromadaFacts() {
        return kind == null || kind == OrganizationKind.HROMADA;
    }

    public boolean institutionKind() {
        return kind == null || kind == OrganizationKind.INSTITUTION;
    }

    public boolean headcount() {
        return kind != OrganizationKind.PROVIDER;
    }

    /** Whether the form shows any fact at all (a provider has none). */
    public boolean any() {
        return katottg();
    }
}
