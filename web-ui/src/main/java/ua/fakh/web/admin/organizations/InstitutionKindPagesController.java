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
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.organizations.InstitutionKindNames;
import ua.fakh.core.organizations.InstitutionKinds;
import ua.fakh.core.organizations.NewInstitutionKind;
import ua.fakh.core.security.Caller;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Map;

/**
 * {@code /admin/institution-kinds}: the kinds of institution reports group by. Administrators add
 * kinds and rename any; a kind of their own that no organization has can be removed.
 */
@Hidden
@Controller("/admin/institution-kinds")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class InstitutionKindPagesController {
    /** No bundle key starts so: the service's own words are shown (the organization form's hints speak of other limits). */
    private static final String OWN_WORDS = "institutionKinds.serviceSays.";

    private final InstitutionKinds kinds;

    InstitutionKindPagesController(InstitutionKinds kinds) {
        this.kinds = kinds;
    }

    /** {@code added}, {@code saved}, {@code removed}: the kind just changed, for the notice. */
    @Get
    HttpResponse<?> page(PageContext page, @Nullable @QueryValue String added, @Nullable @QueryValue String saved,
                         @Nullable @QueryValue String removed) {
        String notice = added != null ? page.t("institutionKinds.added", added) : saved != null ? page.t("institutionKinds.saved", saved)
                : removed != null ? page.t("institutionKinds.removed", removed) : null;
        return HttpResponse.ok(view(page, null, InstitutionKindsModel.Typed.EMPTY, Map.of(), notice, null));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@Body InstitutionKindForm form, PageContext page, Caller caller) {
        InstitutionKindsModel.Typed typed = form.typed();
        try {
            kinds.add(new NewInstitutionKind(typed.code(), typed.name(), typed.nameEn()), caller, page.locale());
            return HttpResponse.seeOther(URI.create("/admin/institution-kinds?added=" + typed.code() + "#kind-" + typed.code()));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(view(page, null, typed, FormErrors.of(refused, page, OWN_WORDS), null, null));
        }
    }

    @Post("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rename(@PathVariable String code, @Body InstitutionKindForm form, PageContext page, Caller caller) {
        InstitutionKindsModel.Typed typed = form.typed();
        try {
            kinds.rename(code, new InstitutionKindNames(typed.name(), typed.nameEn()), caller, page.locale());
            return HttpResponse.seeOther(URI.create("/admin/institution-kinds?saved=" + code + "#kind-" + code));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(view(page, code, typed, FormErrors.of(refused, page, OWN_WORDS), null, null));
        }
    }

    /** A built-in kind or one in use stays: the page says why (409). */
    @Post("/{code}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(@PathVariable String code, PageContext page, Caller caller) {
        try {
            kinds.remove(code, caller);
            return HttpResponse.seeOther(URI.create("/admin/institution-kinds?removed=" + code));
        } catch (ConflictException kept) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(view(page, null, InstitutionKindsModel.Typed.EMPTY, Map.of(), null,
                    page.t(kept.getMessage())));
        }
    }

    private Object view(PageContext page, @Nullable String editing, InstitutionKindsModel.Typed typed, Map<String, String> errors,
                        @Nullable String notice, @Nullable String alert) {
        return Views.view("admin/institution_kinds", page, new InstitutionKindsModel(kinds.list(page.locale()), editing, typed,
                errors, notice, alert));
    }
}
