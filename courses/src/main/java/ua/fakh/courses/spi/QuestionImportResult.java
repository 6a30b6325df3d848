package ua.fakh.courses.spi;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What a {@link QuestionFormat} read: the questions it could, and an error for each it could not. */
@Serdeable
public record QuestionImportResult(List<ParsedQuestion> questions, List<QuestionImportError> errors) {

    public QuestionImportResult {
        questions = List.copyOf(questions);
        errors = List.copyOf(errors);
    }
}
