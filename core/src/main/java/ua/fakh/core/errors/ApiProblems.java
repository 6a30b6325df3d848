package ua.fakh.core.errors;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers of the API as the OpenAPI document states them: every one is
 * {@code application/problem+json} (schema {@code Problem}, written once in web-ui's
 * {@code src/main/openapi/problem.yml}). A controller class carries {@link SignedIn} or {@link Public};
 * a method adds {@link Conflict}, {@link Unprocessable} or {@link Upload} where it can answer so.
 * micronaut-openapi reads these as stereotypes, so the responses are written here and nowhere else.
 */
public final class ApiProblems {
    /** The media type of every error answer (RFC 9457). */
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String SCHEMA = "#/components/schemas/Problem";

    private ApiProblems() {
    }

    /** Routes behind sign-in: unreadable input, no or a stale token, a refused role, an unknown id. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "The request cannot be read, or fields are invalid (each named in `errors`).",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    @ApiResponse(responseCode = "401", description = "No bearer token, or it no longer stands (expired, signed out, account disabled).",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    @ApiResponse(responseCode = "403", description = "Signed in, but not allowed to do this.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    @ApiResponse(responseCode = "404", description = "Nothing named by the path exists, or the caller may not see it.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    public @interface SignedIn {
    }

    /** Routes open to anyone: unreadable input, an unknown code, too many requests from one address. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "The request cannot be read, or fields are invalid (each named in `errors`).",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    @ApiResponse(responseCode = "404", description = "Nothing named by the path exists.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    @ApiResponse(responseCode = "429", description = "Too many requests from this address; `Retry-After` says when to try again.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    public @interface Public {
    }

    /** The request clashes with the current state: a duplicate, or a step already taken or no longer possible. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "409", description = "Clashes with the current state (a duplicate, or already done or closed).",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    public @interface Conflict {
    }

    /** The request is readable but a rule refuses its content (e.g. a plugin rejects a lesson's content). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "422", description = "Readable, but a rule refuses the content (fields named in `errors`).",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    public @interface Unprocessable {
    }

    /** An upload: bounded before it is read, and only of the types the route takes. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "413", description = "The upload is over the route's limit.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    @ApiResponse(responseCode = "415", description = "The upload is of a type this route does not take.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = SCHEMA)))
    public @interface Upload {
    }
}
