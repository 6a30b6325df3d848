package ua.fakh.web.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Fills {@link OrganizationPicker}s: the first matches of a search by name or EDRPOU, plus the selected one. */
@Singleton
public class OrganizationPickers {
    static final int SHOWN = 100;

    private final Organizations organizations;

    OrganizationPickers(Organizations organizations) {
        this.organizations = organizations;
    }

    public OrganizationPicker picker(String field, @Nullable String query, @Nullable UUID selected, boolean allowNone) {
        List<OrganizationView> options = new ArrayList<>(organizations.search(query, 0, SHOWN).content());
        if (selected != null && options.stream().noneMatch(o -> o.id().equals(selected))) {
            organizations.find(selected).ifPresent(o -> options.add(0, o));
        }
        UUID known = selected != null && options.stream().anyMatch(o -> o.id().equals(selected)) ? selected : null;
        return new OrganizationPicker(field, options, known, allowNone);
    }

}
