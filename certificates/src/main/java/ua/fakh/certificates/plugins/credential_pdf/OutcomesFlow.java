package ua.fakh.certificates.plugins.credential_pdf;

import ua.fakh.certificates.pdf.TextLines;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The learning outcomes as a bulleted list. They shrink (10 pt down to 7 pt) to stay on the first page;
 * when even 7 pt is too big, the lines that do not fit go to continuation pages.
 */
final class OutcomesFlow {
    static final float[] SIZES = {10, 9.5f, 9, 8.5f, 8, 7.5f, 7};
    private static final float INDENT = 11;

    /** One printed line; {@code first} lines carry the bullet and a little space above. */
    record Line(String text, boolean first) {
    }

    private final Sheet sheet;
    private final float size;
    private final List<Line> lines;
    private int next;

    private OutcomesFlow(Sheet sheet, float size, List<Line> lines) {
        this.sheet = sheet;
        this.size = size;
        this.lines = lines;
    }

    /** The flow in the largest size whose lines fit between the cursor and {@code bottom}, or the smallest. */
    static OutcomesFlow fitting(Sheet sheet, List<String> outcomes, float available) {
        OutcomesFlow flow = null;
        for (float size : SIZES) {
            flow = new OutcomesFlow(sheet, size, lines(sheet, outcomes, size));
            if (flow.height() <= available) {
                return flow;
            }
        }
        return flow;
    }

    float size() {
        return size;
    }

    boolean done() {
        return next >= lines.size();
    }

    /**
     * Writes outcomes from the cursor down while they stay above {@code bottom}; the rest waits for the
     * next page. An outcome moves to the next page whole unless it is the first on this one.
     */
    void write(PageWriter page, float bottom) throws IOException {
        boolean pageHasOutcomes = false;
        while (!done()) {
            Line line = lines.get(next);
            float needed = line.first() ? itemHeight(next) : size * PageWriter.LINE_SPACING;
            if (page.y() - needed < bottom && (pageHasOutcomes || page.y() - size * PageWriter.LINE_SPACING < bottom)) {
                return;
            }
            if (line.first() && pageHasOutcomes) {
                page.down(gap());
            }
            if (line.first()) {
                page.at("•", sheet.fonts().regular(), size, sheet.accent(), sheet.left() + 2, page.y() - size);
            }
            page.lines(List.of(line.text()), sheet.fonts().regular(), size, Rgb.TEXT, sheet.left() + INDENT);
            pageHasOutcomes = true;
            next++;
        }
    }

    /** The height of the outcome starting at line {@code first}, with the gap above it. */
    private float itemHeight(int first) {
        int end = first + 1;
        while (end < lines.size() && !lines.get(end).first()) {
            end++;
        }
        return (end - first) * size * PageWriter.LINE_SPACING + gap();
    }

    private float height() {
        float height = 0;
        for (int i = 0; i < lines.size(); i++) {
            height += size * PageWriter.LINE_SPACING + (lines.get(i).first() && i > 0 ? gap() : 0);
        }
        return height;
    }

    private float gap() {
        return size * 0.3f;
    }

    private static List<Line> lines(Sheet sheet, List<String> outcomes, float size) {
        List<Line> lines = new ArrayList<>();
        for (String outcome : outcomes) {
            List<String> wrapped = TextLines.wrap(outcome, sheet.fonts().regular(), size, sheet.width() - INDENT);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(new Line(wrapped.get(i), i == 0));
            }
        }
        return lines;
    }
}
