package ua.fakh.courses.plugins.qformat_gift;

import java.util.ArrayList;
import java.util.List;

/**
 * The path of a {@code $CATEGORY:} line: segments trimmed and joined with {@code /}; Moodle's
 * context prefix ({@code $course$}, {@code $system$}…) and its {@code top} level dropped. An empty
 * path means "no category" again.
 */
final class GiftCategory {

    private GiftCategory() {
    }

    static String path(String line) {
        String raw = GiftSource.unescape(line.strip().substring("$CATEGORY:".length()));
        List<String> segments = new ArrayList<>();
        for (String segment : raw.split("/")) {
            String trimmed = segment.strip().replaceAll("\\s+", " ");
            if (!trimmed.isEmpty()) {
                segments.add(trimmed);
            }
        }
        if (!segments.isEmpty() && segments.get(0).matches("\\$[a-z0-9]+\\$")) {
            segments.remove(0);
            if (!segments.isEmpty() && segments.get(0).equals("top")) {
                segments.remove(0);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }
}
