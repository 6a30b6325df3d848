package ua.fakh.core.analytics.boundaries.internal;

/** Why one feature's geometry is refused: a bundle key ({@code problem.boundaries.*}) and what fills it after the feature's number and code. */
final class Refusal extends RuntimeException {
    private final String key;
    private final transient Object[] arguments;

    Refusal(String key, Object... arguments) {
        super(key, null, false, false);
        this.key = key;
        this.arguments = arguments.clone();
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
