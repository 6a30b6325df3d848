package ua.fakh.core.analytics.map;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OblastTileGridTest {
    /** The 27 first-level codes of KATOTTG. */
    private static final List<String> CODES = List.of("01", "05", "07", "12", "14", "18", "21", "23", "26", "32", "35",
            "44", "46", "48", "51", "53", "56", "59", "61", "63", "65", "68", "71", "73", "74", "80", "85");

    @Test
    void placesEveryOblastOnceInItsOwnCellOfTheGrid() {
        List<OblastTileGrid.Tile> tiles = OblastTileGrid.tiles();
        assertThat(tiles).extracting(OblastTileGrid.Tile::code).containsExactlyInAnyOrderElementsOf(CODES);
        Set<String> cells = new HashSet<>();
        for (OblastTileGrid.Tile tile : tiles) {
            assertThat(tile.column()).isBetween(0, OblastTileGrid.COLUMNS - 1);
            assertThat(tile.row()).isBetween(0, OblastTileGrid.ROWS - 1);
            assertThat(cells.add(tile.column() + "," + tile.row())).as("cell of %s", tile.code()).isTrue();
        }
    }

    @Test
    void keepsNeighboursBesideEachOther() {
        assertThat(adjacent("80", "32")).as("Kyiv city beside Kyiv oblast").isTrue();
        assertThat(adjacent("85", "01")).as("Sevastopol beside Crimea").isTrue();
        assertThat(tile("46").column()).as("Lviv west of Kharkiv").isLessThan(tile("63").column());
        assertThat(tile("74").row()).as("Chernihiv north of Odesa").isLessThan(tile("51").row());
        assertThat(tile("01").row()).as("Crimea the southernmost").isEqualTo(OblastTileGrid.ROWS - 1);
    }

    @Test
    void readsTheOblastOfAFullCodeOrItsTwoDigits() {
        assertThat(OblastTileGrid.of("UA05000000000010236")).map(OblastTileGrid.Tile::code).contains("05");
        assertThat(OblastTileGrid.of("UA46060250000025047")).map(OblastTileGrid.Tile::code).contains("46");
        assertThat(OblastTileGrid.of("80")).map(OblastTileGrid.Tile::code).contains("80");
        assertThat(OblastTileGrid.of("UA99000000000000000")).isEmpty();
        assertThat(OblastTileGrid.of("Vinnytsia")).isEmpty();
        assertThat(OblastTileGrid.of(null)).isEmpty();
        assertThat(tile("05").nameKey()).isEqualTo("map.oblast.05");
        assertThat(tile("05").shortNameKey()).isEqualTo("map.oblast.short.05");
    }

    @Test
    void centresLieInsideUkraine() {
        for (OblastTileGrid.Tile tile : OblastTileGrid.tiles()) {
            assertThat(tile.longitude()).isBetween(22.1, 40.3);
            assertThat(tile.latitude()).isBetween(44.3, 52.4);
        }
    }

    private static OblastTileGrid.Tile tile(String code) {
        return OblastTileGrid.of(code).orElseThrow();
    }

    private static boolean adjacent(String a, String b) {
        OblastTileGrid.Tile x = tile(a);
        OblastTileGrid.Tile y = tile(b);
        return Math.abs(x.column() - y.column()) + Math.abs(x.row() - y.row()) == 1;
    }
}
