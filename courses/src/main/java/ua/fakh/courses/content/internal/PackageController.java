package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.common.DeletingInputStream;
import ua.fakh.core.common.LargeUpload;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CoursePackages;
import ua.fakh.courses.content.CourseView;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

@ApiProblems.SignedIn
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PackageController {
    private final CoursePackages packages;
    private final Organizations organizations;

    PackageController(CoursePackages packages, Organizations organizations) {
        this.packages = packages;
        this.organizations = organizations;
    }

    @Operation(summary = "A course as a package (ZIP).")
    @ApiResponse(responseCode = "200", description = "The course package.",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @Get("/api/courses/{id}/export")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<StreamedFile> export(UUID id, Caller caller) {
        Path zip = packages.export(id, caller);
        try {
            long size = Files.size(zip);
            return HttpResponse.ok(new StreamedFile(new DeletingInputStream(zip), MediaType.of("application/zip"), 0, size))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.of("course-" + id + ".zip", true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 201 with the new draft course; the provider defaults to the caller's own organization when it is one. */
    @Operation(summary = "Creates a draft course from a package (ZIP).")
    @ApiProblems.Upload
    @ApiProblems.Unprocessable
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post(value = "/api/courses/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @LargeUpload
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<CourseView> importPackage(@Part("file") Publisher<StreamingFileUpload> part,
                                           @Nullable @QueryValue UUID providerId, Caller caller) {
        StreamingFileUpload file = Mono.from(part).blockOptional()
                .orElseThrow(() -> ValidationException.of("file", "problem.field.filePartMissing"));
        UUID provider = providerId != null ? providerId : ownProvider(caller);
        try (InputStream in = file.asInputStream()) {
            CourseView course = packages.importPackage(in, provider, caller);
            return HttpResponse.created(course, URI.create("/api/courses/" + course.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID ownProvider(Caller caller) {
        if (caller.organizationId() != null
                && organizations.get(caller.organizationId()).kind() == OrganizationKind.PROVIDER) {
            return caller.organizationId();
        }
        throw ValidationException.of("providerId", "problem.field.packageProviderMissing");
    }
}
