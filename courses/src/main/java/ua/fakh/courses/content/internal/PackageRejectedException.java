package ua.fakh.courses.content.internal;

import io.micronaut.http.HttpStatus;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.FieldError;

import java.util.List;

/** A course package Fakh will not import: 422 with one entry per problem ({@code field} names the archive entry). */
class PackageRejectedException extends FakhException {
    private final List<FieldError> problems;

    PackageRejectedException(List<FieldError> problems) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "The course package cannot be imported");
        this.problems = List.copyOf(problems);
    }

    PackageRejectedException(String entry, String message) {
        this(List.of(new FieldError(entry, message)));
    }

    @Override
    public List<FieldError> fieldErrors() {
        return problems;
    }
}
