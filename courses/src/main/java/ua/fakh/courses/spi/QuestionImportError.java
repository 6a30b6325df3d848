package ua.fakh.courses.spi;

import io.micronaut.serde.annotation.Serdeable;

/** A question that could not be read: the line where it starts (from 1) and why, in the reader's language. */
@Serdeable
public record QuestionImportError(int line, String message) {
}
