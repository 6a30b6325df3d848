package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.PrePostReport;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The pre/post bar chart as geometry for the template's inline SVG: two horizontal bars (pre-test,
 * post-test) per learner, or per cohort when there are too many learners for one picture. Drawn on
 * the server, so it needs no script and prints as it looks.
 */
public record PrePostChart(boolean perCohort, List<Row> rows) {
    public static final int WIDTH = 640;
    public static final int LEFT = 200;
    public static final int TOP = 34;
    public static final int ROW = 40;
    public static final int BAR = 14;
    /** Pixels for 100 %. */
    public static final int SCALE = WIDTH - LEFT - 60;
    static final int MAX_LEARNERS = 30;

    public record Row(String label, @Nullable Double pre, @Nullable Double post, int y) {

        public double preWidth() {
            return width(pre);
        }

        public double postWidth() {
            return width(post);
        }

        private static double width(@Nullable Double percent) {
            return percent == null ? 0 : Math.max(0, Math.min(100, percent)) * SCALE / 100.0;
        }

        /** Long names are cut so they never run into the bars; the table next to the chart has them whole. */
        public String shortLabel() {
            return label.length() <= 26 ? label : label.substring(0, 25) + "…";
        }
    }

    static PrePostChart of(PrePostReport report, String noCohort) {
        if (report.learners().size() <= MAX_LEARNERS || report.cohorts().isEmpty()) {
            List<PrePostReport.Learner> shown = report.learners().stream().limit(MAX_LEARNERS).toList();
            return new PrePostChart(false, IntStream.range(0, shown.size()).mapToObj(i -> new Row(shown.get(i).name(),
                    shown.get(i).pre(), shown.get(i).post(), TOP + i * ROW)).toList());
        }
        List<PrePostReport.Means> groups = report.cohorts();
        return new PrePostChart(true, IntStream.range(0, groups.size()).mapToObj(i -> new Row(
                groups.get(i).name() == null ? noCohort : groups.get(i).name(), groups.get(i).pre(), groups.get(i).post(),
                TOP + i * ROW)).toList());
    }

    public int height() {
        return TOP + rows.size() * ROW + 24;
    }

    public List<Integer> ticks() {
        return List.of(0, 25, 50, 75, 100);
    }

    public static double x(int percent) {
        return LEFT + percent * SCALE / 100.0;
    }
}
