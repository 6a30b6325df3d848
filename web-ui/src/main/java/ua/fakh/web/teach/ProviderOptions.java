package ua.fakh.web.teach;

import jakarta.inject.Singleton;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The training providers a caller may put a course under: for a trainer, the providers their own
 * organization sits in (nearest first, the rule the course service applies); for an administrator,
 * every provider.
 */
@Singleton
class ProviderOptions {
    private final Organizations organizations;

    ProviderOptions(Organizations organizations) {
        this.organizations = organizations;
    }

    List<OrganizationView> of(Caller caller) {
        List<OrganizationView> providers = new ArrayList<>();
        UUID next = caller.organizationId();
        while (next != null) {
            OrganizationView org = organizations.get(next);
            if (org.kind() == OrganizationKind.PROVIDER) {
                providers.add(org);
            }
            next = org.parentId();
        }
        if (caller.isAdmin()) {
            organizations.search(null, 0, 200).content().stream()
                    .filter(o -> o.kind() == OrganizationKind.PROVIDER && providers.stream().noneMatch(p -> p.id().equals(o.id())))
                    .forEach(providers::add);
        }
        return providers;
    }
}
