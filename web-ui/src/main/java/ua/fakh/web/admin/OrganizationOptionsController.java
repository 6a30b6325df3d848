package ua.fakh.web.admin;

import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.web.page.FormIds;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

/**
 * The {@code <option>}s of an organization picker for what was typed in its filter box (htmx swaps
 * them into the select). The filter box is {@code <field>Query}, the current choice {@code <field>}.
 */
@Hidden
@Controller("/admin/organization-options")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizationOptionsController {
    private final OrganizationPickers pickers;

    OrganizationOptionsController(OrganizationPickers pickers) {
        this.pickers = pickers;
    }

    @Get
    HttpResponse<?> options(HttpParameters parameters, PageContext page) {
        String field = parameters.getFirst("field").filter(f -> f.matches("[A-Za-z]{1,40}")).orElse("organizationId");
        boolean allowNone = parameters.getFirst("none").map(Boolean::parseBoolean).orElse(false);
        OrganizationPicker picker = pickers.picker(field, parameters.get(field + "Query"),
                FormIds.orNull(parameters.get(field)), allowNone);
        return HttpResponse.ok(Views.view("admin/options", page, picker));
    }
}
