package ua.fakh.core.errors.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.core.errors.FieldError;

import java.util.List;

/** RFC 9457 problem details: what every error response of the API carries. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
}
