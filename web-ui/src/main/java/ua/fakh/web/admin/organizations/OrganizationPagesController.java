package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.web.page.FormIds;
import ua.fakh.core.organizations.InstitutionKinds;
import ua.fakh.core.organizations.NewOrganization;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.web.admin.OrganizationPickers;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** {@code /admin/organizations}: the organization tree and the form that adds to it. */
@Hidden
@Controller("/admin/organizations")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizationPagesController {
    private final Organizations organizations;
    private final OrganizationTree tree;
    private final OrganizationPickers pickers;
    private final InstitutionKinds institutionKinds;

    OrganizationPagesController(Organizations organizations, OrganizationTree tree, OrganizationPickers pickers,
                                InstitutionKinds institutionKinds) {
        this.organizations = organizations;
        this.tree = tree;
        this.pickers = pickers;
        this.institutionKinds = institutionKinds;
    }

    /**
     * @param open    an organization to show opened, with the way down to it
     * @param parent  pre-selects the parent in the form ("add inside" links)
     * @param created the organization just created, highlighted
     */
    @Get
    HttpResponse<?> page(PageContext page, @Nullable @QueryValue UUID open, @Nullable @QueryValue UUID parent,
                         @Nullable @QueryValue UUID created) {
        OrganizationFormModel form = new OrganizationFormModel(null, "", "", "", "",
                pickers.picker("parentId", null, parent, true), FactsFields.empty(), choices(page), Map.of());
        OrganizationView justCreated = created == null ? null : organizations.find(created).orElse(null);
        return HttpResponse.ok(Views.view("admin/organizations", page,
                new OrganizationTreeModel(tree.roots(open != null ? open : parent, created), form, justCreated)));
    }

    /** The children of one organization, as list items for the tree (loaded when a node is opened). */
    @Get("/{id}/children")
    HttpResponse<?> children(PageContext page, @PathVariable UUID id) {
        return HttpResponse.ok(Views.view("admin/org_children", page, tree.children(id)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body NewOrganizationForm form, PageContext page, Caller caller) {
        UUID parentId = FormIds.orNull(form.parentId());
        FactsFields facts = form.facts();
        NewOrganization organization = new NewOrganization(text(form.name()), blankToNull(form.nameEn()), kind(form.kind()), parentId,
                blankToNull(form.edrpou()), blankToNull(form.code()), facts.facts());
        if (!facts.unreadable().isEmpty()) {
            return again(form, page, FactsRefusals.of(facts.unreadable(), organizations.check(organization, null), page));
        }
        try {
            OrganizationView created = organizations.create(organization, caller);
            String open = created.parentId() == null ? "" : "open=" + created.parentId() + "&";
            return HttpResponse.seeOther(URI.create("/admin/organizations?" + open + "created=" + created.id() + "#org-" + created.id()));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            return again(form, page, FormErrors.specific(refused, page));
        }
    }

    private HttpResponse<?> again(NewOrganizationForm form, PageContext page, Map<String, String> errors) {
        UUID parentId = FormIds.orNull(form.parentId());
        OrganizationFormModel again = new OrganizationFormModel(form.kind(), text(form.name()), text(form.nameEn()),
                text(form.edrpou()), text(form.code()), pickers.picker("parentId", null, parentId, true), form.facts(),
                choices(page), errors);
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("admin/organizations", page,
                new OrganizationTreeModel(tree.roots(parentId, null), again, null)));
    }

    private FactsChoices choices(PageContext page) {
        return new FactsChoices(null, institutionKinds.list(page.locale()));
    }

    /** An unknown kind is no kind: the service reports it with every other wrong field. */
    private static @Nullable OrganizationKind kind(@Nullable String kind) {
        try {
            return OrganizationKind.valueOf(text(kind));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
