package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import ua.fakh.core.common.LargeUpload;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.MaterialResponses;
import ua.fakh.courses.content.Materials;
import ua.fakh.courses.spi.MaterialInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@ApiProblems.SignedIn
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class MaterialController {
    private final Materials materials;
    private final MaterialResponses responses;

    MaterialController(Materials materials, MaterialResponses responses) {
        this.materials = materials;
        this.responses = responses;
    }

    /** Streams the part straight to storage; the course's trainers only (checked in the service). */
    @Operation(summary = "Uploads a material file to a course.")
    @ApiProblems.Upload
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post(value = "/api/courses/{courseId}/materials", consumes = MediaType.MULTIPART_FORM_DATA)
    @LargeUpload
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<MaterialInfo> upload(UUID courseId, @Part("file") Publisher<StreamingFileUpload> part, Caller caller) {
        StreamingFileUpload file = Mono.from(part).blockOptional()
                .orElseThrow(() -> ValidationException.of("file", "problem.field.filePartMissing"));
        try (InputStream in = file.asInputStream()) {
            MaterialInfo info = materials.upload(courseId, file.getFilename(), in, caller);
            return HttpResponse.created(info, URI.create("/api/materials/" + info.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "A course's materials.")
    @Get("/api/courses/{courseId}/materials")
    @Secured({"TRAINER", "ADMIN"})
    List<MaterialInfo> list(UUID courseId, Caller caller) {
        return materials.list(courseId, caller);
    }

    @Operation(summary = "Deletes a material.")
    @ApiResponse(responseCode = "204", description = "Done.")
    @Delete("/api/materials/{id}")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> delete(UUID id, Caller caller) {
        materials.delete(id, caller);
        return HttpResponse.noContent();
    }

    /**
     * The bytes, for enrolled learners, the course's trainers, or anyone when the course offers a
     * public preview: {@code Range} answers 206, {@code If-None-Match} with the current ETag 304.
     */
    @Operation(summary = "A material's bytes, honouring Range and ETag.")
    @ApiResponse(responseCode = "200", description = "The material in its own media type (206 for a `Range`).",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "The requested range of the material.",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Unchanged since the `ETag` in `If-None-Match`.")
    @Get("/api/materials/{id}/content")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> content(UUID id, @Nullable @QueryValue Boolean download, HttpRequest<?> request,
                                   @Nullable Caller caller) {
        return responses.serve(id, Boolean.TRUE.equals(download), request, caller);
    }
}
