package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import ua.fakh.core.common.LargeUpload;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CoursePackages;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseAuthoring;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.Pager;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /teach}: my courses, and a course package imported as a new draft (with its problems listed when refused). */
@Hidden
@Controller("/teach")
@Produces(MediaType.TEXT_HTML)
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TaughtCoursesController {
    private static final int PAGE_SIZE = Paging.DEFAULT_SIZE;

    private final CourseAuthoring courses;
    private final Enrollments enrollments;
    private final CoursePackages packages;
    private final ProviderOptions providers;

    TaughtCoursesController(CourseAuthoring courses, Enrollments enrollments, CoursePackages packages,
                            ProviderOptions providers) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.packages = packages;
        this.providers = providers;
    }

    @Get
    HttpResponse<?> list(PageContext ctx, Caller caller, @Nullable @QueryValue Integer page) {
        return HttpResponse.ok(Views.view("teach/courses", ctx, model(caller, Paging.pageOrFirst(page), List.of(), null)));
    }

    /**
     * Imports a package (multipart part {@code file}, the CSRF token in the query as for every upload
     * form) under the trainer's nearest provider (the editor can change it); a refused package shows
     * each problem by archive entry.
     */
    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @LargeUpload
    HttpResponse<?> importPackage(@Part("file") Publisher<StreamingFileUpload> part, @Nullable @QueryValue UUID providerId,
                                  PageContext ctx, Caller caller) {
        StreamingFileUpload file = Mono.from(part).block();
        UUID provider = providerId != null ? providerId : providers.of(caller).stream().findFirst().map(o -> o.id()).orElse(null);
        if (provider == null) {
            return refused(ctx, caller, HttpStatus.BAD_REQUEST, List.of(), "teach.import.noProvider");
        }
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return refused(ctx, caller, HttpStatus.BAD_REQUEST, List.of(), "teach.import.noFile");
        }
        try (InputStream in = file.asInputStream()) {
            CourseView course = packages.importPackage(in, provider, caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + course.id() + "?notice=imported"));
        } catch (IOException e) {
            return refused(ctx, caller, HttpStatus.BAD_REQUEST, List.of(), "teach.import.broken");
        } catch (FakhException refused) {
            if (refused.status().getCode() >= 500 || refused.status() == HttpStatus.FORBIDDEN) {
                throw refused;
            }
            return refused(ctx, caller, refused.status(), refused.fieldErrors(),
                    refused.fieldErrors().isEmpty() ? "teach.import.refused" : null);
        }
    }

    private HttpResponse<?> refused(PageContext ctx, Caller caller, HttpStatus status, List<FieldError> problems,
                                    @Nullable String error) {
        return HttpResponse.status(status).body(Views.view("teach/courses", ctx, model(caller, 0, problems, error)));
    }

    private TaughtCoursesModel model(Caller caller, int page, List<FieldError> problems, @Nullable String error) {
        PageView<CourseSummary> taught = courses.taught(caller, page, PAGE_SIZE);
        // the caller's own courses: counted in one read, not one per course (PageStatementCountsIT)
        Map<UUID, Long> counts = enrollments.counts(taught.content().stream().map(CourseSummary::id).toList());
        List<TaughtCoursesModel.Row> rows = taught.content().stream()
                .map(c -> new TaughtCoursesModel.Row(c, counts.getOrDefault(c.id(), 0L))).toList();
        return new TaughtCoursesModel(rows, Pager.of(taught, number -> "/teach?page=" + number), providers.of(caller),
                problems, error);
    }
}
