package ua.fakh.courses.analytics.internal;

import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.analytics.SmallCells;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Hours and ECTS credits per person per calendar year: how many people fall in each band (a two-way
 * table, years by bands, with its margins) and the quartiles and 90th percentile, kept back below five
 * people.
 */
final class VolumePart implements CoveragePart {
    static final String PERSON_YEARS = "personYears";
    private static final double[] QUANTILES = {0.25, 0.5, 0.75, 0.9};

    @Override
    public void count(CoverageData data, ReportCells cells) {
        List<Integer> years = years(data);
        if (years.isEmpty()) {
            return;
        }
        years.forEach(y -> cells.count(yearKey(years, y), Trainee.people(data.trainees(), t -> t.years().containsKey(y))));
        if (years.size() > 1) {
            List<String> yearKeys = years.stream().map(y -> yearKey(years, y)).toList();
            cells.count(PERSON_YEARS, yearKeys.stream().mapToLong(cells::value).sum());
            cells.sum(PERSON_YEARS, yearKeys, PERSON_YEARS + ":rest");
        }
        Map<String, Long> people = new HashMap<>();
        for (Trainee trainee : data.trainees()) {
            trainee.years().forEach((y, volume) -> {
                for (Measure measure : Measure.values()) {
                    people.merge(measure.key(measure.band(measure.of(volume)), y), (long) trainee.people(), Long::sum);
                }
            });
        }
        for (Measure measure : Measure.values()) {
            for (int b = 0; b < measure.bounds.length; b++) {
                List<String> row = new ArrayList<>();
                for (int y : years) {
                    String key = measure.key(b, y);
                    cells.count(key, people.getOrDefault(key, 0L));
                    row.add(key);
                }
                if (years.size() > 1) {
                    cells.count(measure.key(b), row.stream().mapToLong(cells::value).sum());
                    cells.sum(measure.key(b), row, measure.key(b) + ":rest");
                }
            }
            for (int y : years) {
                List<String> column = new ArrayList<>();
                for (int b = 0; b < measure.bounds.length; b++) {
                    column.add(measure.key(b, y));
                }
                cells.sum(yearKey(years, y), column, measure.name() + ":" + y + ":rest");
            }
            if (years.size() > 1) {
                List<String> margins = new ArrayList<>();
                for (int b = 0; b < measure.bounds.length; b++) {
                    margins.add(measure.key(b));
                }
                cells.sum(PERSON_YEARS, margins, measure.name() + ":rest");
            }
        }
    }

    @Override
    public List<ReportTable> tables(CoverageData data, ReportCells cells, CoverageTexts texts) {
        List<Integer> years = years(data);
        if (years.isEmpty()) {
            return List.of();
        }
        List<ReportTable> tables = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            tables.add(bands(measure, years, cells, texts));
        }
        tables.add(statistics(data, years, cells, texts));
        return tables;
    }

    private static ReportTable bands(Measure measure, List<Integer> years, ReportCells cells, CoverageTexts texts) {
        boolean margins = years.size() > 1;
        List<String> headers = new ArrayList<>(List.of(texts.t("column." + measure.id)));
        years.forEach(y -> headers.add(String.valueOf(y)));
        if (margins) {
            headers.add(texts.t("column.allYears"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int b = 0; b < measure.bounds.length; b++) {
            List<Object> row = new ArrayList<>(List.of(measure.label(b, texts)));
            for (int y : years) {
                row.add(cells.shown(measure.key(b, y)));
            }
            if (margins) {
                row.add(cells.shown(measure.key(b)));
            }
            rows.add(row);
        }
        List<Object> people = new ArrayList<>(List.of(texts.t("row.people")));
        years.forEach(y -> people.add(cells.shown(yearKey(years, y))));
        if (margins) {
            people.add(cells.shown(PERSON_YEARS));
        }
        rows.add(people);
        return new ReportTable("coverage-" + measure.id, texts.t("table." + measure.id), headers, rows,
                List.of(texts.t("note.hidden"), texts.t("note.perPersonYear")));
    }

    private static ReportTable statistics(CoverageData data, List<Integer> years, ReportCells cells, CoverageTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (int y : years) {
            for (Measure measure : Measure.values()) {
                List<Quantiles.Counted> values = data.trainees().stream().filter(t -> t.years().containsKey(y))
                        .map(t -> new Quantiles.Counted(measure.of(t.years().get(y)), t.people())).toList();
                long people = values.stream().mapToLong(Quantiles.Counted::count).sum();
                List<Object> row = new ArrayList<>(List.of(y, texts.t("measure." + measure.id), cells.shown(yearKey(years, y))));
                for (double q : QUANTILES) {
                    row.add(people < SmallCells.THRESHOLD ? SmallCells.HIDDEN : Quantiles.of(values, q, measure.scale));
                }
                rows.add(row);
            }
        }
        return new ReportTable("coverage-volume-statistics", texts.t("table.statistics"), List.of(texts.t("column.year"),
                texts.t("column.measure"), texts.t("column.people"), texts.t("column.p25"), texts.t("column.median"),
                texts.t("column.p75"), texts.t("column.p90")), rows, List.of(texts.t("note.statistics")));
    }

    /** A year's count of people; with one year only, that is everyone, the report's total. */
    static String yearKey(List<Integer> years, int year) {
        return years.size() == 1 ? ReportCells.TOTAL : "year:" + year;
    }

    static List<Integer> years(CoverageData data) {
        TreeSet<Integer> years = new TreeSet<>();
        data.trainees().forEach(t -> years.addAll(t.years().keySet()));
        return List.copyOf(years);
    }

    /** Hours or ECTS credits, with the lower bounds of their bands. */
    enum Measure {
        HOURS("hours", 1, Trainee.Volume::hours, 0, 8, 16, 40, 80),
        ECTS("ects", 2, Trainee.Volume::ects, 0, 0.5, 1, 2, 4);

        final String id;
        final int scale;
        final Function<Trainee.Volume, BigDecimal> value;
        final double[] bounds;

        Measure(String id, int scale, Function<Trainee.Volume, BigDecimal> value, double... bounds) {
            this.id = id;
            this.scale = scale;
            this.value = value;
            this.bounds = bounds;
        }

        BigDecimal of(Trainee.Volume volume) {
            return value.apply(volume);
        }

        int band(BigDecimal amount) {
            int band = 0;
            while (band + 1 < bounds.length && amount.doubleValue() >= bounds[band + 1]) {
                band++;
            }
            return band;
        }

        String key(int band, int year) {
            return id + ":" + band + ":" + year;
        }

        String key(int band) {
            return id + ":" + band;
        }

        /** {@code < 8}, {@code 8–16}, …, {@code 80+} in the reader's number format. */
        String label(int band, CoverageTexts texts) {
            NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
            if (band == 0) {
                return "< " + format.format(bounds[1]);
            }
            if (band == bounds.length - 1) {
                return format.format(bounds[band]) + "+";
            }
            return format.format(bounds[band]) + "–" + format.format(bounds[band + 1]);
        }
    }
}
