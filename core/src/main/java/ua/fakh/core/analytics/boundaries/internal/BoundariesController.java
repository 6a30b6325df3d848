package ua.fakh.core.analytics.boundaries.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.analytics.boundaries.BoundarySettings;
import ua.fakh.core.analytics.boundaries.BoundarySummary;
import ua.fakh.core.analytics.boundaries.BoundaryUpload;
import ua.fakh.core.analytics.boundaries.HromadaBoundaries;
import ua.fakh.core.common.LargeUpload;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Hromada boundaries for the choropleth: administrators upload, read the summary of, and remove them. */
@ApiProblems.SignedIn
@Controller("/api/analytics/boundaries")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class BoundariesController {
    private final HromadaBoundaries boundaries;
    private final BoundarySettings settings;

    BoundariesController(HromadaBoundaries boundaries, BoundarySettings settings) {
        this.boundaries = boundaries;
        this.settings = settings;
    }

    /**
     * Replaces every boundary with those of the uploaded GeoJSON FeatureCollection (multipart part
     * {@code file}; optional part {@code property}, the feature property holding the KATOTTG code).
     * Larger than {@code fakh.map.max-boundary-bytes}: 413; not a FeatureCollection: 400; any refused
     * feature: 422 naming each (nothing is changed then).
     */
    @Operation(summary = "Replaces the territory boundaries with an uploaded GeoJSON file.")
    @ApiProblems.Upload
    @ApiProblems.Unprocessable
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @LargeUpload
    BoundarySummary upload(@Body MultipartBody body, HttpRequest<?> request, Caller caller) {
        BoundaryUpload upload = BoundaryUpload.of(body, request.getContentLength(), settings);
        if (upload.file() == null) {
            throw ValidationException.of("file", "problem.field.filePartMissing");
        }
        try (InputStream in = upload.open()) {
            return boundaries.replace(in, upload.property(), caller);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "What territory boundaries are loaded.")
    @Get
    BoundarySummary summary() {
        return boundaries.summary();
    }

    @Operation(summary = "Removes every territory boundary.")
    @ApiResponse(responseCode = "204", description = "Done.")
    @Delete
    HttpResponse<Void> remove(Caller caller) {
        boundaries.removeAll(caller);
        return HttpResponse.noContent();
    }
}
