package ua.fakh.web.analytics.map;

import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.analytics.SmallCells;
import ua.fakh.core.analytics.boundaries.HromadaShape;
import ua.fakh.web.page.PageContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The choropleth of hromadas: the drawn ones framed, coloured like the tiles, small cells hatched, the rest counted. */
class HromadaMapRenderingTest {
    private final PageContext ctx = MapTemplates.context(Locale.forLanguageTag("uk"));
    private final HromadaShape north = new HromadaShape("UA0502003", "M100 200l50 0 0 50 -50 0z", "{}", 100, 200, 150, 250);
    private final HromadaShape south = new HromadaShape("UA0502005", "M150 200l50 0 0 100 -50 0z", "{}", 150, 200, 200, 300);
    private final MapLayer layer = new MapLayer("hromada", "Навчено працівників", List.of(
            new MapLayer.Area("UA05020030000031671", "Північна громада", 9.0, "9"),
            new MapLayer.Area("UA05020050000054321", "Південна громада", null, SmallCells.HIDDEN),
            new MapLayer.Area("UA05020070000011111", "Громада без меж", 30.0, "30")));

    @Test
    void drawsTheHromadasWithBoundariesFramedToThem() {
        ChoroplethView map = ChoroplethView.of(layer, Map.of("UA05020030000031671", north, "UA05020050000054321", south), ctx::t, ctx.locale());

        assertThat(map.hromadas()).extracting(ChoroplethView.Hromada::katottg)
                .containsExactly("UA05020030000031671", "UA05020050000054321");
        assertThat(map.withoutBoundary()).isEqualTo(1);
        assertThat(map.viewBox()).as("100..200 × 200..300 and 3% + 1 around").isEqualTo("96 196 108 108");
        String svg = MapTemplates.render("analytics/map_hromadas.jte", Map.of("ctx", ctx, "map", map));
        assertThat(svg).contains("role=\"img\"", "<path d=\"M100 200l50 0 0 50 -50 0z\" data-katottg=\"UA05020030000031671\"",
                "<title>Північна громада: 9</title>", "fill=\"url(#hatch-hromadas)\"", "<title>Південна громада: &lt;5</title>",
                "<desc id=\"hromadas-desc\">Мапа 2 громад");
        assertThat(svg).as("the scale of the whole layer: 9 of at most 30 is the second class")
                .contains("data-katottg=\"UA05020030000031671\" fill-rule=\"evenodd\" vector-effect=\"non-scaling-stroke\"\n            fill=\"#a1dab4\"");
    }

    @Test
    void twoPlacesOfOneHromadaDrawItsBoundaryOnce() {
        MapLayer twice = new MapLayer("hromada", "Навчено", List.of(new MapLayer.Area("UA05020030000031671", "Громада", 9.0, "9"),
                new MapLayer.Area("UA05020030010012345", "Село", 5.0, "5")));
        ChoroplethView map = ChoroplethView.of(twice, Map.of("UA05020030000031671", north, "UA05020030010012345", north), ctx::t, ctx.locale());
        assertThat(map.hromadas()).hasSize(1);
        assertThat(map.withoutBoundary()).isZero();
    }

    @Test
    void withoutBoundariesThereIsNothingToDraw() {
        ChoroplethView map = ChoroplethView.of(layer, Map.of(), ctx::t, ctx.locale());
        assertThat(map.empty()).isTrue();
        assertThat(map.withoutBoundary()).isEqualTo(3);
    }
}
