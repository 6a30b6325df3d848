package ua.fakh.web.teach;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import ua.fakh.core.common.LargeUpload;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.PayloadTooLargeException;
import ua.fakh.core.errors.UnsupportedMediaTypeException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.Materials;
import ua.fakh.courses.content.MaterialSettings;
import ua.fakh.courses.spi.FileWords;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.UUID;

/**
 * A course's files from its editor. The upload streams the part to the blob store as the API does
 * (never the whole file in memory; the CSRF token rides in the query, as for every upload form);
 * {@code teach-upload.js} sends it with a progress bar and reads the answer: the editor page again,
 * 303 to it on success, or with the reason and 413 (too large) / 415 (a refused type) / 400.
 */
@Hidden
@Controller("/teach/courses/{id}/materials")
@Produces(MediaType.TEXT_HTML)
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class MaterialPagesController {
    private final Materials materials;
    private final MaterialSettings limits;
    private final TeachAccess access;
    private final CourseEditors editors;

    MaterialPagesController(Materials materials, MaterialSettings limits, TeachAccess access, CourseEditors editors) {
        this.materials = materials;
        this.limits = limits;
        this.access = access;
        this.editors = editors;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @LargeUpload
    HttpResponse<?> upload(UUID id, @Part("file") Publisher<StreamingFileUpload> part, PageContext ctx, Caller caller) {
        access.editable(id, caller);
        StreamingFileUpload file = Mono.from(part).block();
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return refused(id, HttpStatus.BAD_REQUEST, ctx.t("teach.upload.noFile"), ctx, caller);
        }
        try (InputStream in = file.asInputStream()) {
            try {
                materials.upload(id, file.getFilename(), in, caller);
                return SectionPagesController.back(id, "uploaded", "materials");
            } catch (PayloadTooLargeException tooLarge) {
                discardRest(in);
                return refused(id, HttpStatus.REQUEST_ENTITY_TOO_LARGE, ctx.t("teach.upload.tooLarge",
                        FileWords.size(limits.maxDocumentBytes(), ctx.locale()), FileWords.size(limits.maxMediaBytes(), ctx.locale())), ctx, caller);
            } catch (UnsupportedMediaTypeException refusedType) {
                discardRest(in);
                return refused(id, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ctx.t("teach.upload.refusedType"), ctx, caller);
            }
        } catch (IOException e) {
            return refused(id, HttpStatus.BAD_REQUEST, ctx.t("teach.upload.broken"), ctx, caller);
        } catch (FakhException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            return refused(id, HttpStatus.BAD_REQUEST, ctx.t("teach.upload.broken"), ctx, caller);
        }
    }

    @Post("/{materialId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(UUID id, UUID materialId, PageContext ctx, Caller caller) {
        access.editable(id, caller);
        if (materials.list(id, caller).stream().noneMatch(m -> m.id().equals(materialId))) {
            return refused(id, HttpStatus.NOT_FOUND, ctx.t("teach.materials.notFound"), ctx, caller);
        }
        try {
            materials.delete(materialId, caller);
            return SectionPagesController.back(id, "materialDeleted", "materials");
        } catch (FakhException e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            return refused(id, HttpStatus.CONFLICT, ctx.t("teach.materials.inUse"), ctx, caller);
        }
    }

    /**
     * Reads what is left of a refused file and throws it away: a browser still sending it would not
     * read our answer (and would report a network error instead of the reason) until it may finish.
     */
    private static void discardRest(InputStream rest) {
        try {
            rest.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException gone) {
            // the client went away: nobody is left to read the answer
        }
    }

    private HttpResponse<?> refused(UUID id, HttpStatus status, String message, PageContext ctx, Caller caller) {
        CourseEditorModel model = editors.refused(id, null, Map.of("upload", message), caller);
        return HttpResponse.status(status).body(Views.view("teach/editor", ctx, model));
    }
}
