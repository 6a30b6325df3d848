package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.analytics.SmallCells;
import ua.fakh.core.common.SearchText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People trained by years of experience and by position, when the installation asks people for them.
 * A position fewer than five people hold is not named: it could name them. Such positions count
 * together as "other positions".
 */
final class ProfilePart implements CoveragePart {
    private static final int[] EXPERIENCE_BOUNDS = {0, 3, 6, 11, 21};
    private static final String NONE = "none";
    private static final String OTHER = "other";

    @Override
    public void count(CoverageData data, ReportCells cells) {
        if (!data.profileFacts()) {
            return;
        }
        List<String> experience = new ArrayList<>();
        for (String band : experienceBands()) {
            cells.count("exp:" + band, Trainee.people(data.trainees(), t -> band.equals(experienceBand(t.experience()))));
            experience.add("exp:" + band);
        }
        cells.sum(ReportCells.TOTAL, experience, "exp:rest");
        List<String> positions = new ArrayList<>();
        positions(data).forEach((position, holders) -> {
            cells.count("pos:" + position.key(), holders);
            positions.add("pos:" + position.key());
        });
        cells.sum(ReportCells.TOTAL, positions, "pos:rest");
    }

    @Override
    public List<ReportTable> tables(CoverageData data, ReportCells cells, CoverageTexts texts) {
        if (!data.profileFacts()) {
            return List.of();
        }
        List<List<Object>> experience = new ArrayList<>();
        for (String band : experienceBands()) {
            experience.add(List.of(band.equals(NONE) ? texts.t("profile.notGiven") : texts.t("experience." + band),
                    cells.shown("exp:" + band)));
        }
        List<List<Object>> positions = new ArrayList<>();
        positions(data).keySet().forEach(position -> positions.add(List.of(position.label(texts), cells.shown("pos:" + position.key()))));
        return List.of(
                new ReportTable("coverage-experience", texts.t("table.experience"),
                        List.of(texts.t("column.experience"), texts.t("column.trained")), experience, List.of(texts.t("note.hidden"))),
                new ReportTable("coverage-positions", texts.t("table.positions"),
                        List.of(texts.t("column.position"), texts.t("column.trained")), positions,
                        List.of(texts.t("note.hidden"), texts.t("note.positions"))));
    }

    /** The named positions (five people or more, most first), then the others together, then "not given". */
    private static Map<Position, Long> positions(CoverageData data) {
        // folded position -> each spelling people typed -> how many typed it
        Map<String, Map<String, Long>> spellings = new LinkedHashMap<>();
        for (Trainee t : data.trainees()) {
            if (t.position() != null && !t.position().isBlank()) {
                String spelling = t.position().strip().replaceAll("\\s+", " ");
                spellings.computeIfAbsent(SearchText.fold(spelling), folded -> new LinkedHashMap<>())
                        .merge(spelling, (long) t.people(), Long::sum);
            }
        }
        Map<Position, Long> positions = new LinkedHashMap<>();
        spellings.entrySet().stream().filter(e -> holders(e.getValue()) >= SmallCells.THRESHOLD)
                .sorted(Comparator.comparing((Map.Entry<String, Map<String, Long>> e) -> -holders(e.getValue())).thenComparing(Map.Entry::getKey))
                .forEach(e -> positions.put(new Position("n:" + e.getKey(), commonest(e.getValue())), holders(e.getValue())));
        positions.put(new Position(OTHER, null), spellings.values().stream().mapToLong(ProfilePart::holders)
                .filter(holders -> holders < SmallCells.THRESHOLD).sum());
        positions.put(new Position(NONE, null), Trainee.people(data.trainees(), t -> t.position() == null || t.position().isBlank()));
        return positions;
    }

    private static long holders(Map<String, Long> spellings) {
        return spellings.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String commonest(Map<String, Long> spellings) {
        return spellings.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    private static List<String> experienceBands() {
        List<String> bands = new ArrayList<>();
        for (int b = 0; b < EXPERIENCE_BOUNDS.length; b++) {
            bands.add(String.valueOf(b));
        }
        bands.add(NONE);
        return bands;
    }

    private static String experienceBand(@Nullable Integer years) {
        if (years == null) {
            return NONE;
        }
        int band = 0;
        while (band + 1 < EXPERIENCE_BOUNDS.length && years >= EXPERIENCE_BOUNDS[band + 1]) {
            band++;
        }
        return String.valueOf(band);
    }

    /** A position as people typed it (grouped whatever the case), or one of the two rows that name none. */
    private record Position(String key, @Nullable String spelling) {
        String label(CoverageTexts texts) {
            return spelling != null ? spelling : texts.t(key.equals(OTHER) ? "profile.otherPositions" : "profile.notGiven");
        }
    }
}
