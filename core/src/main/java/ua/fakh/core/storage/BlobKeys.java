package ua.fakh.core.storage;

import java.util.regex.Pattern;

/** The one rule for blob keys, so no key can climb out of a store's root. */
public final class BlobKeys {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");

    private BlobKeys() {
    }

    /** @throws IllegalArgumentException for an empty, absolute, over-long or '..'-containing key */
    public static String check(String key) {
        if (key == null || key.isEmpty() || key.length() > 512 || key.startsWith("/") || key.endsWith("/")) {
            throw new IllegalArgumentException("Invalid blob key: " + key);
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                throw new IllegalArgumentException("Invalid blob key: " + key);
            }
        }
        return key;
    }
}
