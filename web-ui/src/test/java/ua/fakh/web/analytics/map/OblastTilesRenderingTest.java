package ua.fakh.web.analytics.map;

import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.analytics.SmallCells;
import ua.fakh.core.analytics.map.ColourClasses;
import ua.fakh.web.page.PageContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The oblast tile grid as SVG: every oblast once, small cells hatched, missing ones grey, a legend of five classes. */
class OblastTilesRenderingTest {
    private static final Pattern TILE = Pattern.compile("<g class=\"tile\" data-code=\"(\\d\\d)\" data-shown=\"([^\"]*)\">(.*?)</g>", Pattern.DOTALL);

    private final PageContext ctx = MapTemplates.context(Locale.forLanguageTag("uk"));
    private final MapLayer layer = new MapLayer("oblast", "Навчено працівників", List.of(
            new MapLayer.Area("UA05000000000010236", "Вінницька область", 37.0, "37"),
            new MapLayer.Area("46", "Львівська область", 12.0, "12"),
            new MapLayer.Area("UA80000000000093317", "Київ", 0.0, "0"),
            new MapLayer.Area("UA01000000000013043", "Автономна Республіка Крим", null, SmallCells.HIDDEN)));

    @Test
    void drawsEachOfThe27OblastsOnce() {
        String svg = render(TileMapView.of(layer, ctx::t, ctx.locale()));
        Matcher tiles = TILE.matcher(svg);
        List<String> codes = tiles.results().map(m -> m.group(1)).toList();
        assertThat(codes).hasSize(27).doesNotHaveDuplicates()
                .contains("01", "05", "07", "12", "14", "18", "21", "23", "26", "32", "35", "44", "46", "48", "51", "53",
                        "56", "59", "61", "63", "65", "68", "71", "73", "74", "80", "85");
        assertThat(svg).contains("role=\"img\"", "<title id=\"tiles-title\">Навчено працівників</title>", "viewBox=\"0 0 828 516\"",
                "width=\"100%\"");
        assertThat(svg).as("the tiles are hidden from screen readers: the table says the numbers").contains("<g aria-hidden=\"true\">");
    }

    @Test
    void colourValuesByClassHatchSmallCellsAndGreyTheRest() {
        TileMapView map = TileMapView.of(layer, ctx::t, ctx.locale());
        Map<String, TileMapView.Tile> tiles = new java.util.HashMap<>();
        map.tiles().forEach(tile -> tiles.put(tile.code(), tile));

        assertThat(tiles.get("05").paint().fill()).isEqualTo(ColourClasses.FILLS.get(4));
        assertThat(tiles.get("05").paint().text()).isEqualTo("#ffffff");
        assertThat(tiles.get("46").paint().fill()).isEqualTo(ColourClasses.FILLS.get(1));
        assertThat(tiles.get("80").paint().fill()).as("nobody trained: the lightest class, not 'no data'").isEqualTo(ColourClasses.FILLS.get(0));
        assertThat(tiles.get("01").paint().hidden()).isTrue();
        assertThat(tiles.get("01").shown()).isEqualTo("<5");
        assertThat(tiles.get("63").paint().known()).isFalse();
        assertThat(tiles.get("63").shown()).isEqualTo("—");
        assertThat(tiles.get("05").label()).isEqualTo("Вінн.");

        String svg = render(map);
        String crimea = tile(svg, "01");
        assertThat(crimea).contains("fill=\"url(#hatch-tiles)\"", "&lt;5").doesNotContain(ColourClasses.FILLS.get(0));
        assertThat(tile(svg, "63")).contains("fill=\"" + ColourClasses.NO_DATA_FILL + "\"", ">—<");
        assertThat(tile(svg, "05")).contains("fill=\"#253494\"", ">37<", "<title>Вінницька область: 37</title>");
        assertThat(svg).contains("<pattern id=\"hatch-tiles\"");
    }

    @Test
    void theLegendHasFiveRangesThenHiddenAndNoData() {
        TileMapView map = TileMapView.of(layer, ctx::t, ctx.locale());
        assertThat(map.legend().entries()).extracting(MapLegend.Entry::label)
                .containsExactly("0–7", "8–15", "16–23", "24–31", "32–39", "менше 5 (приховано)", "немає даних");
        String legend = MapTemplates.render("analytics/map_legend.jte", Map.of("ctx", ctx, "legend", map.legend(), "hatch", "hatch-tiles"));
        assertThat(legend).contains("fill=\"url(#hatch-tiles)\"", "fill=\"#ffffcc\"", "<span>0–7</span>");
    }

    @Test
    void fractionsGetRangesWithOneDecimalInTheReadersLanguage() {
        MapLayer percent = new MapLayer("oblast", "Охоплення, %", List.of(new MapLayer.Area("05", "Вінницька область", 12.5, "12,5")));
        assertThat(TileMapView.of(percent, ctx::t, ctx.locale()).legend().entries()).extracting(MapLegend.Entry::label)
                .startsWith("0,0–2,5").doesNotContain("менше 5 (приховано)");
        PageContext en = MapTemplates.context(Locale.ENGLISH);
        assertThat(TileMapView.of(percent, en::t, en.locale()).legend().entries()).extracting(MapLegend.Entry::label)
                .contains("10.0–12.5", "no data");
        assertThat(TileMapView.of(percent, en::t, en.locale()).tiles()).filteredOn(t -> t.code().equals("05"))
                .extracting(TileMapView.Tile::label).containsExactly("Vinn.");
    }

    private String render(TileMapView map) {
        return MapTemplates.render("analytics/map_tiles.jte", Map.of("ctx", ctx, "map", map));
    }

    private static String tile(String svg, String code) {
        return TILE.matcher(svg).results().filter(m -> m.group(1).equals(code)).findFirst().orElseThrow().group(3);
    }
}
