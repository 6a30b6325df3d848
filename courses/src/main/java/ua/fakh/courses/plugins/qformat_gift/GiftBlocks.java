package ua.fakh.courses.plugins.qformat_gift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a prepared GIFT text into questions. Blank lines separate questions and {@code //} lines
 * are comments, as in Moodle; beyond that it is generous with line breaks: a blank line inside an
 * answer block that a later {@code }} closes does not split the question, and a question that
 * follows another without a blank line (starting with {@code ::}, {@code $CATEGORY:}, or a line
 * with an answer block right after a line that ended with one) starts anew. So a broken question stays one error and leaves the next one alone.
 */
final class GiftBlocks {
    private static final Pattern TITLE_ONLY = Pattern.compile("^::.*::$");

    private final String[] lines;
    private final List<GiftBlock> blocks = new ArrayList<>();
    private final List<String> current = new ArrayList<>();
    private int start;
    private int balance;
    private boolean answered;
    private boolean hasText;
    private boolean lineEndsBlock;
    private int closingLine = -1;

    private GiftBlocks(String[] lines) {
        this.lines = lines;
    }

    static List<GiftBlock> split(String prepared) {
        return new GiftBlocks(prepared.split("\n", -1)).run();
    }

    private List<GiftBlock> run() {
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                if (start > 0 && balance > 0 && (i < closingLine || closesLater(i + 1))) {
                    current.add("");
                } else {
                    flush();
                }
                continue;
            }
            if (start > 0 && startsAnotherQuestion(trimmed)) {
                flush();
            }
            if (start == 0 && isCategory(trimmed)) {
                blocks.add(new GiftBlock(i + 1, trimmed, true));
                continue;
            }
            add(i, lines[i]);
        }
        flush();
        return blocks;
    }

    static boolean isCategory(String trimmed) {
        return trimmed.regionMatches(true, 0, "$CATEGORY:", 0, 10);
    }

    private boolean startsAnotherQuestion(String trimmed) {
        if (isCategory(trimmed)) {
            return true;
        }
        if (trimmed.startsWith("::")) {
            return balance > 0 || answered || hasText;
        }
        // Text after the block's "}" means the sentence goes on: a second block there is the same
        // question's (Moodle keeps it as one), which the reader reports rather than splitting silently.
        return balance <= 0 && answered && lineEndsBlock && trimmed.indexOf('{') >= 0;
    }

    /** Whether the first brace after {@code from} closes the open answer block (before another question starts). */
    private boolean closesLater(int from) {
        for (int j = from; j < lines.length; j++) {
            String trimmed = lines[j].strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.startsWith("::") || isCategory(trimmed)) {
                return false;
            }
            for (char c : trimmed.toCharArray()) {
                if (c == '{') {
                    return false;
                }
                if (c == '}') {
                    closingLine = j;
                    return true;
                }
            }
        }
        return false;
    }

    private void add(int index, String line) {
        if (start == 0) {
            start = index + 1;
        }
        current.add(line);
        String trimmed = line.strip();
        hasText |= !TITLE_ONLY.matcher(trimmed).matches();
        lineEndsBlock = trimmed.endsWith("}");
        for (char c : trimmed.toCharArray()) {
            if (c == '{') {
                balance++;
            } else if (c == '}') {
                balance--;
                answered = true;
            }
        }
    }

    private void flush() {
        if (start > 0) {
            blocks.add(new GiftBlock(start, String.join("\n", current), false));
        }
        current.clear();
        start = 0;
        balance = 0;
        answered = false;
        hasText = false;
        lineEndsBlock = false;
        closingLine = -1;
    }
}
