package ua.fakh.core.organizations;

import io.micronaut.http.HttpStatus;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.FieldError;

import java.util.Comparator;
import java.util.List;

/**
 * A facts file with wrong lines: 422, nothing changed. The problem's {@code errors} name each cell
 * as {@code lines[<line>].<column>}; {@link #lines()} gives them to pages as they are.
 */
public class FactsRefusedException extends FakhException {
    private final List<FactsLineError> lines;

    public FactsRefusedException(List<FactsLineError> lines) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "problem.facts.refused", lines.size());
        this.lines = lines.stream().sorted(Comparator.comparingInt(FactsLineError::line)).toList();
    }

    public List<FactsLineError> lines() {
        return lines;
    }

    @Override
    public List<FieldError> fieldErrors() {
        return lines.stream().map(e -> new FieldError("lines[" + e.line() + "]." + e.column(), e.message(), e.arguments())).toList();
    }
}
