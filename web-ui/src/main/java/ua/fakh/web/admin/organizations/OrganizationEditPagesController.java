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
import ua.fakh.core.organizations.InstitutionKinds;
import ua.fakh.core.organizations.NewOrganization;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.web.admin.OrganizationPickers;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.FormIds;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /admin/organizations/{id}/edit}: rename, change the EDRPOU or code, or move an organization
 * (with everything inside it) under another parent, or to the top level. A place inside itself is refused.
 */
@Hidden
@Controller("/admin/organizations/{id}/edit")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizationEditPagesController {
    private final Organizations organizations;
    private final OrganizationPickers pickers;
    private final InstitutionKinds institutionKinds;

    OrganizationEditPagesController(Organizations organizations, OrganizationPickers pickers, InstitutionKinds institutionKinds) {
        this.organizations = organizations;
        this.pickers = pickers;
        this.institutionKinds = institutionKinds;
    }

    @Get
    HttpResponse<?> form(@PathVariable UUID id, @Nullable @QueryValue String saved, PageContext page) {
        OrganizationView org = organizations.get(id);
        return HttpResponse.ok(Views.view("admin/organization", page, new OrganizationEditModel(org, org.name(),
                text(org.nameEn()), text(org.edrpou()), text(org.code()), pickers.picker("parentId", null, org.parentId(), true),
                FactsFields.of(org), choices(org, page), Map.of(), "yes".equals(saved))));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable UUID id, @Body OrganizationEditForm form, PageContext page, Caller caller) {
        OrganizationView org = organizations.get(id);
        UUID parentId = FormIds.orNull(form.parentId());
        FactsFields facts = form.facts();
        NewOrganization change = new NewOrganization(text(form.name()), blank(form.nameEn()), org.kind(), parentId,
                blank(form.edrpou()), blank(form.code()), facts.facts());
        if (!facts.unreadable().isEmpty()) {
            return again(org, form, page, FactsRefusals.of(facts.unreadable(), organizations.check(change, id), page));
        }
        try {
            organizations.replace(id, change, caller);
            return HttpResponse.seeOther(URI.create("/admin/organizations/" + id + "/edit?saved=yes"));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            return again(org, form, page, FormErrors.specific(refused, page));
        }
    }

    private HttpResponse<?> again(OrganizationView org, OrganizationEditForm form, PageContext page, Map<String, String> errors) {
        OrganizationEditModel again = new OrganizationEditModel(org, text(form.name()), text(form.nameEn()), text(form.edrpou()),
                text(form.code()), pickers.picker("parentId", null, FormIds.orNull(form.parentId()), true), form.facts(),
                choices(org, page), errors, false);
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("admin/organization", page, again));
    }

    private FactsChoices choices(OrganizationView org, PageContext page) {
        return new FactsChoices(org.kind(), institutionKinds.list(page.locale()));
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
