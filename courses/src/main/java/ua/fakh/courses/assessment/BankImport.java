package ua.fakh.courses.assessment;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A GIFT import: how many questions went into the bank, and each broken one by line. */
@Serdeable
public record BankImport(int imported, List<Error> errors) {

    @Serdeable
    public record Error(int line, String message) {
    }
}
