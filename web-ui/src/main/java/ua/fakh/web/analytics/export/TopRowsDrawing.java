package ua.fakh.web.analytics.export;

import org.apache.pdfbox.pdmodel.font.PDFont;
import ua.fakh.certificates.pdf.TextLines;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.analytics.SmallCells;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The top rows of a table that fit between {@code top} and {@code bottom}: its title, a bold header (two
 * lines at most), rows with numbers right-aligned in the reader's format, and "…and N more" when rows were
 * left out. At most {@link #MOST_COLUMNS} columns; the rest are named as left for the spreadsheet.
 */
final class TopRowsDrawing {
    static final int MOST_COLUMNS = 7;
    private static final float TITLE = 15;
    private static final float HEADER_SIZE = 7.5f;
    private static final float CELL_SIZE = 8;
    private static final float ROW = 12;
    private static final float PAD = 3;
    /** Rows measured for the column widths: enough to see the longest names, cheap on a long table. */
    private static final int MEASURED_ROWS = 200;
    private static final Color STRIPE = new Color(0xf4, 0xf6, 0xf8);

    private final PdfPen pen;
    private final NumberFormat numbers;
    private final ReportPage.Words words;

    TopRowsDrawing(PdfPen pen, Locale locale, ReportPage.Words words) {
        this.pen = pen;
        this.words = words;
        this.numbers = NumberFormat.getNumberInstance(locale);
        this.numbers.setMaximumFractionDigits(2);
    }

    void draw(ReportTable table, float left, float top, float width, float bottom) throws IOException {
        int columns = Math.min(MOST_COLUMNS, table.headers().size());
        if (columns == 0) {
            return;
        }
        boolean[] numeric = numericColumns(table, columns);
        float[] widths = widths(table, columns, numeric, width);
        pen.left(table.title(), pen.fonts().bold(), 10, PdfPen.TEXT, left, top - 10, width);
        float y = header(table, columns, widths, numeric, left, top - TITLE);
        int hiddenColumns = table.headers().size() - columns;
        float room = y - bottom - (hiddenColumns > 0 ? ROW : 0);
        int all = table.rows().size();
        // every row when they all fit; else as many as leave one line for "…and N more"
        int shown = all * ROW <= room ? all : Math.max(0, (int) Math.floor((room - ROW) / ROW));
        for (int r = 0; r < shown; r++) {
            if (r % 2 == 1) {
                pen.fill(left, y - ROW + 1, width, ROW, STRIPE);
            }
            row(table.rows().get(r), columns, widths, numeric, left, y - ROW + 3.5f);
            y -= ROW;
        }
        pen.line(left, y, left + width, y, PdfPen.RULE, 0.5f);
        if (table.rows().isEmpty()) {
            y -= ROW;
            pen.left(words.noRows(), pen.fonts().italic(), CELL_SIZE, PdfPen.MUTED, left + PAD, y + 3.5f, width);
        } else if (shown < table.rows().size()) {
            y -= ROW;
            pen.left(MessageFormat.format(words.moreRows(), table.rows().size() - shown), pen.fonts().italic(), CELL_SIZE,
                    PdfPen.MUTED, left + PAD, y + 3.5f, width);
        }
        if (hiddenColumns > 0) {
            y -= ROW;
            pen.left(MessageFormat.format(words.moreColumns(), hiddenColumns), pen.fonts().italic(), CELL_SIZE,
                    PdfPen.MUTED, left + PAD, y + 3.5f, width);
        }
    }

    /**
     * Each column as wide as its longest cell or header word; when they do not fit, numbers keep their width
     * and the text columns share what is left in proportion (their cells are then cut with "…").
     */
    private float[] widths(ReportTable table, int columns, boolean[] numeric, float width) {
        float[] natural = new float[columns];
        for (int c = 0; c < columns; c++) {
            for (String word : table.headers().get(c).split("\\s+")) {
                natural[c] = Math.max(natural[c], TextLines.width(PdfPen.fit(word, pen.fonts().bold(), HEADER_SIZE, width), pen.fonts().bold(), HEADER_SIZE));
            }
        }
        for (List<Object> row : table.rows().subList(0, Math.min(MEASURED_ROWS, table.rows().size()))) {
            for (int c = 0; c < Math.min(columns, row.size()); c++) {
                natural[c] = Math.max(natural[c], TextLines.width(PdfPen.fit(shown(row.get(c)), pen.fonts().regular(), CELL_SIZE, width),
                        pen.fonts().regular(), CELL_SIZE));
            }
        }
        float total = 0;
        float numbers = 0;
        for (int c = 0; c < columns; c++) {
            natural[c] += 2 * PAD;
            total += natural[c];
            numbers += numeric[c] ? natural[c] : 0;
        }
        float[] widths = new float[columns];
        boolean fits = total <= width || numbers >= width * 0.6f || numbers == total;
        float text = fits ? 0 : total - numbers;
        for (int c = 0; c < columns; c++) {
            widths[c] = fits ? natural[c] * width / total
                    : numeric[c] ? natural[c] : natural[c] * (width - numbers) / text;
        }
        return widths;
    }

    private static boolean[] numericColumns(ReportTable table, int columns) {
        boolean[] numeric = new boolean[columns];
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < Math.min(columns, row.size()); c++) {
                numeric[c] |= row.get(c) instanceof Number;
            }
        }
        return numeric;
    }

    private float header(ReportTable table, int columns, float[] widths, boolean[] numeric, float left, float top) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int depth = 1;
        for (int c = 0; c < columns; c++) {
            List<String> wrapped = TextLines.wrap(table.headers().get(c), pen.fonts().bold(), HEADER_SIZE, widths[c] - 2 * PAD);
            if (wrapped.size() > 2) {
                wrapped = List.of(wrapped.get(0), String.join(" ", wrapped.subList(1, wrapped.size())));
            }
            lines.add(wrapped);
            depth = Math.max(depth, wrapped.size());
        }
        float x = left;
        for (int c = 0; c < columns; c++) {
            float baseline = top - HEADER_SIZE - 1;
            for (String line : lines.get(c)) {
                cell(line, pen.fonts().bold(), HEADER_SIZE, PdfPen.TEXT, numeric[c], x, widths[c], baseline);
                baseline -= HEADER_SIZE + 2;
            }
            x += widths[c];
        }
        float y = top - depth * (HEADER_SIZE + 2) - 4;
        pen.line(left, y, left + sum(widths), y, PdfPen.TEXT, 0.7f);
        return y;
    }

    private void row(List<Object> cells, int columns, float[] widths, boolean[] numeric, float left, float baseline) throws IOException {
        float x = left;
        for (int c = 0; c < columns; c++) {
            Object value = c < cells.size() ? cells.get(c) : null;
            boolean hidden = SmallCells.HIDDEN.equals(value);
            cell(shown(value), hidden ? pen.fonts().italic() : pen.fonts().regular(), CELL_SIZE, PdfPen.TEXT, numeric[c], x,
                    widths[c], baseline);
            x += widths[c];
        }
    }

    private void cell(String text, PDFont font, float size, Color colour, boolean alignRight,
                      float x, float width, float baseline) throws IOException {
        if (alignRight) {
            pen.right(text, font, size, colour, x + width - PAD, baseline, width - 2 * PAD);
        } else {
            pen.left(text, font, size, colour, x + PAD, baseline, width - 2 * PAD);
        }
    }

    private String shown(Object value) {
        if (value instanceof Number number) {
            BigDecimal decimal = Cells.decimal(number);
            return decimal == null ? "" : numbers.format(decimal);
        }
        return value == null ? "" : value.toString();
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
