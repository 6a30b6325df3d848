package ua.fakh.courses.plugins.qformat_gift;

/** Why a question cannot be read: a key of this plugin's bundle ({@code error.<key>}) and its arguments. */
final class GiftProblem extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    GiftProblem(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
