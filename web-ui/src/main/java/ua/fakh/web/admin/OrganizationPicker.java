package ua.fakh.web.admin;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.web.page.PageContext;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A select of organizations with a filter box: the choices shown ({@code options}, which always
 * include the selected one) and whether "none" (top level) is allowed.
 */
public record OrganizationPicker(String field, List<OrganizationView> options, @Nullable UUID selected, boolean allowNone) {

    /** The options by their name in the page's language (English names on English pages), in that language's order. */
    public List<OrganizationView> options(PageContext ctx) {
        Collator collator = Collator.getInstance(ctx.locale());
        return options.stream().sorted(Comparator.comparing(ctx::name, collator)).toList();
    }

    public boolean isSelected(OrganizationView org) {
        return org.id().equals(selected);
    }
}
