package ua.fakh.core.organizations.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.organizations.InstitutionKindNames;
import ua.fakh.core.organizations.InstitutionKindView;
import ua.fakh.core.organizations.InstitutionKinds;
import ua.fakh.core.organizations.NewInstitutionKind;
import ua.fakh.core.security.Caller;

import java.net.URI;
import java.util.List;

/** The kinds of institution: read by those who build or read territory reports, changed by administrators. */
@ApiProblems.SignedIn
@Controller("/api/institution-kinds")
@ExecuteOn(TaskExecutors.BLOCKING)
class InstitutionKindController {
    private final InstitutionKinds kinds;
    private final LocaleChoice locales;

    InstitutionKindController(InstitutionKinds kinds, LocaleChoice locales) {
        this.kinds = kinds;
        this.locales = locales;
    }

    /** Every kind in its place, {@code name} in the reader's language. */
    @Operation(summary = "Every kind of institution.")
    @Get
    @Secured({"ADMIN", "HR", "ANALYST"})
    List<InstitutionKindView> list(HttpRequest<?> request) {
        return kinds.list(locales.of(request));
    }

    /** A code already taken is 422; a wrong code or a missing name 400, every field at once. */
    @Operation(summary = "Adds a kind of institution.")
    @ApiProblems.Unprocessable
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post
    @Secured("ADMIN")
    HttpResponse<InstitutionKindView> add(@Body NewInstitutionKind body, Caller caller, HttpRequest<?> request) {
        InstitutionKindView added = kinds.add(body, caller, locales.of(request));
        return HttpResponse.created(added, URI.create("/api/institution-kinds/" + added.code()));
    }

    @Operation(summary = "Renames a kind of institution.")
    @Put("/{code}")
    @Secured("ADMIN")
    InstitutionKindView rename(String code, @Body InstitutionKindNames body, Caller caller, HttpRequest<?> request) {
        return kinds.rename(code, body, caller, locales.of(request));
    }

    /** 409 for a built-in kind or one an organization has. */
    @Operation(summary = "Removes a kind of institution that nothing uses.")
    @ApiProblems.Conflict
    @ApiResponse(responseCode = "204", description = "Done.")
    @Delete("/{code}")
    @Secured("ADMIN")
    HttpResponse<Void> remove(String code, Caller caller) {
        kinds.remove(code, caller);
        return HttpResponse.noContent();
    }
}
