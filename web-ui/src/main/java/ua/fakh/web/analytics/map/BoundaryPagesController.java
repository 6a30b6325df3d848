package ua.fakh.web.analytics.map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.analytics.boundaries.BoundarySettings;
import ua.fakh.core.analytics.boundaries.BoundaryUpload;
import ua.fakh.core.analytics.boundaries.HromadaBoundaries;
import ua.fakh.core.common.LargeUpload;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.security.Caller;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** {@code /admin/map}: hromada boundaries for the map, uploaded as GeoJSON, each problem of a refused file listed. */
@Hidden
@Controller("/admin/map")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class BoundaryPagesController {
    private static final Set<String> NOTICES = Set.of("uploaded", "removed");
    private static final List<String> USUAL = List.of("katottg", "code", "admin_3_code", "ADM3_PCODE");

    private final HromadaBoundaries boundaries;
    private final BoundarySettings settings;

    BoundaryPagesController(HromadaBoundaries boundaries, BoundarySettings settings) {
        this.boundaries = boundaries;
        this.settings = settings;
    }

    @Get
    HttpResponse<?> page(@Nullable @QueryValue String notice, PageContext ctx) {
        return HttpResponse.ok(view(ctx, "", List.of(), notice != null && NOTICES.contains(notice) ? notice : null));
    }

    /** The CSRF token travels in the address, as for every file form: the filter cannot read a multipart body. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @LargeUpload
    HttpResponse<?> upload(@Body MultipartBody body, HttpRequest<?> request, PageContext ctx, Caller caller) {
        String property = "";
        try {
            BoundaryUpload upload = BoundaryUpload.of(body, request.getContentLength(), settings);
            property = upload.property() == null ? "" : upload.property();
            if (upload.file() == null) {
                return refused(ctx, property, HttpStatus.BAD_REQUEST, List.of(ctx.t("admin.map.noFile")));
            }
            try (InputStream in = upload.open()) {
                boundaries.replace(in, property, caller);
            }
            return HttpResponse.seeOther(URI.create("/admin/map?notice=uploaded"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FakhException problem) {
            if (problem.status() == HttpStatus.FORBIDDEN) {
                throw problem;
            }
            List<String> problems = problem.fieldErrors().isEmpty()
                    ? List.of(ctx.t(problem.getMessage(), problem.arguments()))
                    : problem.fieldErrors().stream().map(error -> ctx.t(error.message(), error.argumentArray())).toList();
            return refused(ctx, property, problem.status(), problems);
        }
    }

    @Post("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Caller caller) {
        boundaries.removeAll(caller);
        return HttpResponse.seeOther(URI.create("/admin/map?notice=removed"));
    }

    private HttpResponse<?> refused(PageContext ctx, String property, HttpStatus status, List<String> problems) {
        return HttpResponse.status(status).body(view(ctx, property, problems, null));
    }

    private Object view(PageContext ctx, String property, List<String> problems, @Nullable String notice) {
        long limitMb = Math.max(1, settings.maxBoundaryBytes() / (1024 * 1024));
        return Views.view("admin/map", ctx, new BoundaryPageModel(boundaries.summary(), property, problems, notice, limitMb, USUAL));
    }
}
