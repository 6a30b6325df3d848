package ua.fakh.web.analytics.export;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.ReportTable;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * Everything the one-page partner report prints, already in the reader's language and already past the
 * small-cell rule: {@link ReportPdf} only lays it out.
 *
 * @param scope      whose numbers these are ("Вінницька область", or the installation's name)
 * @param conditions the period and each filter in words, one line each
 * @param map        the oblast tile map, or null when the report has none
 * @param table      the main table, of which the top rows fit
 * @param words      the few fixed phrases the layout itself writes
 */
record ReportPage(Locale locale, String title, String scope, List<String> conditions, List<KeyNumber> keyNumbers,
                  @Nullable TileMap map, @Nullable ReportTable table, String generated, String privacy, Words words) {

    ReportPage {
        conditions = List.copyOf(conditions);
        keyNumbers = List.copyOf(keyNumbers);
    }

    /** A headline figure: "Навчено працівників" — "264" (or "<5"). */
    record KeyNumber(String label, String shown) {
    }

    /**
     * Oblasts as tiles on a grid placed by geography; each tile filled with its colour class, or hatched when
     * its number is hidden.
     */
    record TileMap(String title, int columns, int rows, List<Tile> tiles, List<LegendEntry> legend) {
        TileMap {
            tiles = List.copyOf(tiles);
            legend = List.copyOf(legend);
        }
    }

    /**
     * @param ink    the colour of its words, readable on {@code fill}
     * @param hidden the number is under the threshold: the tile is hatched and says "<5"
     */
    record Tile(int column, int row, String label, String shown, Color fill, Color ink, boolean hidden) {
    }

    /** A colour class (fill and range) or, with {@code hidden}, the hatched "<5" sample. */
    record LegendEntry(String label, Color fill, boolean hidden) {
    }

    /**
     * @param moreRows    "…and {0} more" under a cut table
     * @param moreColumns "{0} more columns are in the spreadsheet export" when the table is too wide
     * @param noRows      what an empty table says
     */
    record Words(String moreRows, String moreColumns, String noRows) {
    }
}
