package ua.fakh.core.analytics.map;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColourClassesTest {

    @Test
    void splitsWholeCountsIntoFiveEqualRangesFromZero() {
        ColourClasses classes = ColourClasses.of(List.of(0.0, 5.0, 12.0, 37.0));
        assertThat(classes.wholeNumbers()).isTrue();
        assertThat(classes.ranges()).extracting(ColourClasses.Range::from).containsExactly(0.0, 8.0, 16.0, 24.0, 32.0);
        assertThat(classes.ranges()).extracting(ColourClasses.Range::to).containsExactly(7.0, 15.0, 23.0, 31.0, 39.0);
        assertThat(classes.classOf(0)).isZero();
        assertThat(classes.classOf(7)).isZero();
        assertThat(classes.classOf(8)).isEqualTo(1);
        assertThat(classes.classOf(37)).isEqualTo(4);
        assertThat(classes.rangeOf(12).fill()).isEqualTo(ColourClasses.FILLS.get(1));
    }

    @Test
    void splitsFractionsEvenlyUpToTheLargest() {
        ColourClasses classes = ColourClasses.of(List.of(12.5, 50.0));
        assertThat(classes.wholeNumbers()).isFalse();
        assertThat(classes.ranges()).extracting(ColourClasses.Range::to).containsExactly(10.0, 20.0, 30.0, 40.0, 50.0);
        assertThat(classes.classOf(12.5)).isEqualTo(1);
        assertThat(classes.classOf(50)).isEqualTo(4);
    }

    @Test
    void anEmptyLayerStillHasAScale() {
        ColourClasses classes = ColourClasses.of(List.of());
        assertThat(classes.ranges()).hasSize(5);
        assertThat(classes.classOf(0)).isZero();
    }

    @Test
    void everyTextColourReadsOnItsFill() {
        for (int i = 0; i < ColourClasses.FILLS.size(); i++) {
            assertThat(contrast(ColourClasses.FILLS.get(i), ColourClasses.TEXT.get(i))).as("class %d", i).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(contrast(ColourClasses.NO_DATA_FILL, "#000000")).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(ColourClasses.OUTLINE, "#ffffff")).as("outline on the page").isGreaterThanOrEqualTo(3);
    }

    @Test
    void classesGrowDarker() {
        for (int i = 1; i < ColourClasses.FILLS.size(); i++) {
            assertThat(luminance(ColourClasses.FILLS.get(i))).isLessThan(luminance(ColourClasses.FILLS.get(i - 1)));
        }
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
