package ua.fakh.core.organizations;

import java.util.List;

/** One wrong cell of a facts file: its line (1-based), its column, and the message key with its arguments. */
public record FactsLineError(int line, String column, String message, List<Object> arguments) {
    public FactsLineError {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
