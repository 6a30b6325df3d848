package ua.fakh.core.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case-folded text for {@code LIKE} searches, computed in Java so Cyrillic folds the same way on H2
 * and on a PostgreSQL whose LC_CTYPE is "C" (where SQL {@code lower()} leaves Cyrillic alone).
 */
public final class SearchText {
    private SearchText() {
    }

    public static String fold(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(part.strip());
            }
        }
        return normalise(sb.toString());
    }

    /** A {@code LIKE} pattern for a user's query: folded, wildcards escaped, contained anywhere. */
    public static String containsPattern(String query) {
        String folded = normalise(query == null ? "" : query.strip());
        String escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('’', '\'').replace('ʼ', '\'')
                .toLowerCase(Locale.ROOT);
    }
}
