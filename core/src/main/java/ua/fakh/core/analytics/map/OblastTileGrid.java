package ua.fakh.core.analytics.map;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ukraine's 27 first-level units (24 oblasts, Crimea, Kyiv and Sevastopol) as equal squares on a
 * grid of {@link #COLUMNS} × {@link #ROWS} that keeps their places: west to east, north to south,
 * Kyiv city beside Kyiv oblast, Sevastopol beside Crimea, the empty cell where Moldova lies. Every
 * oblast gets the same area whatever its size, so a small oblast's number is as visible as a large
 * one's. The web page draws it as SVG, the PDF report with PDFBox: both take the cells from here.
 */
public final class OblastTileGrid {
    public static final int COLUMNS = 8;
    public static final int ROWS = 5;

    /**
     * One unit's cell ({@code column} from the west, {@code row} from the north, both from 0) and its
     * administrative centre (the point a GeoJSON export gives for it).
     *
     * @param code its two KATOTTG oblast digits ({@code 05} Vinnytsia)
     */
    public record Tile(String code, int column, int row, double longitude, double latitude) {

        /** Bundle key (web-ui messages) of the name short enough for a tile: "Вінн." / "Vinn.". */
        public String shortNameKey() {
            return "map.oblast.short." + code;
        }

        /** Bundle key of the full name: "Вінницька область" / "Vinnytsia oblast". */
        public String nameKey() {
            return "map.oblast." + code;
        }
    }

    private static final List<Tile> TILES = List.of(
            new Tile("07", 0, 0, 25.3254, 50.7472),   // Volyn, Lutsk
            new Tile("56", 1, 0, 26.2516, 50.6199),   // Rivne
            new Tile("18", 2, 0, 28.6587, 50.2547),   // Zhytomyr
            new Tile("32", 3, 0, 30.5234, 50.4501),   // Kyiv oblast, its centre Kyiv
            new Tile("80", 4, 0, 30.5234, 50.4501),   // Kyiv city
            new Tile("74", 5, 0, 31.2893, 51.4982),   // Chernihiv
            new Tile("59", 6, 0, 34.7981, 50.9077),   // Sumy
            new Tile("46", 0, 1, 24.0297, 49.8397),   // Lviv
            new Tile("61", 1, 1, 25.5948, 49.5535),   // Ternopil
            new Tile("68", 2, 1, 26.9871, 49.4229),   // Khmelnytskyi
            new Tile("05", 3, 1, 28.4682, 49.2331),   // Vinnytsia
            new Tile("71", 4, 1, 32.0598, 49.4444),   // Cherkasy
            new Tile("53", 5, 1, 34.5514, 49.5883),   // Poltava
            new Tile("63", 6, 1, 36.2304, 49.9935),   // Kharkiv
            new Tile("44", 7, 1, 39.3078, 48.5740),   // Luhansk
            new Tile("21", 0, 2, 22.2879, 48.6208),   // Zakarpattia, Uzhhorod
            new Tile("26", 1, 2, 24.7111, 48.9226),   // Ivano-Frankivsk
            new Tile("73", 2, 2, 25.9358, 48.2915),   // Chernivtsi
            new Tile("35", 4, 2, 32.2597, 48.5079),   // Kirovohrad, Kropyvnytskyi
            new Tile("12", 5, 2, 35.0462, 48.4647),   // Dnipropetrovsk, Dnipro
            new Tile("14", 6, 2, 37.8028, 48.0159),   // Donetsk
            new Tile("51", 3, 3, 30.7233, 46.4825),   // Odesa
            new Tile("48", 4, 3, 31.9946, 46.9750),   // Mykolaiv
            new Tile("65", 5, 3, 32.6169, 46.6354),   // Kherson
            new Tile("23", 6, 3, 35.1396, 47.8388),   // Zaporizhzhia
            new Tile("85", 4, 4, 33.5254, 44.6166),   // Sevastopol
            new Tile("01", 5, 4, 34.1024, 44.9521));  // Crimea, Simferopol

    private static final Map<String, Tile> BY_CODE = TILES.stream().collect(Collectors.toUnmodifiableMap(Tile::code, Function.identity()));

    private OblastTileGrid() {
    }

    /** All 27 tiles, north-west first, row by row. */
    public static List<Tile> tiles() {
        return TILES;
    }

    /**
     * The tile of a map layer's oblast: its full KATOTTG code ({@code UA05000000000010236}) or just its
     * two digits ({@code 05}); any code below an oblast finds the oblast too.
     */
    public static Optional<Tile> of(@Nullable String katottg) {
        return Optional.ofNullable(oblastCode(katottg)).map(BY_CODE::get);
    }

    /** The two oblast digits of a code, or null when it is no KATOTTG code. */
    public static @Nullable String oblastCode(@Nullable String katottg) {
        if (katottg == null) {
            return null;
        }
        String code = katottg.strip().toUpperCase(Locale.ROOT);
        if (code.matches("\\d{2}")) {
            return code;
        }
        return code.matches("UA\\d{2,17}") ? code.substring(2, 4) : null;
    }
}
