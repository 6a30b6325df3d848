package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * People trained in frontline and in de-occupied communities: a person counts when their last
 * completion in the filter fell on or after the day their community became so. Each hromada's share
 * is tied to its own count, so the row cannot be split back into hromadas by subtraction.
 */
final class CommunitiesPart implements CoveragePart {
    static final String FRONTLINE = "frontline";
    static final String DEOCCUPIED = "deoccupied";

    @Override
    public void count(CoverageData data, ReportCells cells) {
        for (Status status : statuses()) {
            Map<UUID, Long> byHromada = byHromada(data, status);
            cells.count(status.key(), Trainee.people(data.trainees(), t -> t.trainedSince(status.since().apply(t.place()))));
            List<String> parts = new ArrayList<>();
            byHromada.forEach((hromada, count) -> {
                String key = status.key() + ":" + hromada;
                cells.unpublished(key, count);
                cells.sum(CoverageData.unit(hromada), List.of(key), status.key() + ":not:" + hromada);
                parts.add(key);
            });
            cells.sum(status.key(), parts, status.key() + ":rest");
        }
    }

    @Override
    public List<ReportTable> tables(CoverageData data, ReportCells cells, CoverageTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (Status status : statuses()) {
            List<Place> communities = data.territory().level(OrganizationKind.HROMADA).stream()
                    .filter(p -> status.since().apply(p) != null).toList();
            Map<UUID, Long> byHromada = byHromada(data, status);
            long reached = communities.stream().filter(p -> byHromada.containsKey(p.organizationId())).count();
            rows.add(List.of(texts.t("community." + status.key()), communities.size(), reached, cells.shown(status.key())));
        }
        return List.of(new ReportTable("coverage-communities", texts.t("table.communities"),
                List.of(texts.t("column.community"), texts.t("column.hromadas"), texts.t("column.reached"), texts.t("column.trained")),
                rows, List.of(texts.t("note.hidden"), texts.t("note.communities"))));
    }

    /** The people counted under the status, per hromada of the scope they work in. */
    private static Map<UUID, Long> byHromada(CoverageData data, Status status) {
        Map<UUID, Long> byHromada = new LinkedHashMap<>();
        for (Trainee trainee : data.trainees()) {
            UUID hromada = data.territory().hromada(trainee.place());
            if (hromada != null && trainee.trainedSince(status.since().apply(trainee.place()))) {
                byHromada.merge(hromada, (long) trainee.people(), Long::sum);
            }
        }
        return byHromada;
    }

    private static List<Status> statuses() {
        return List.of(new Status(FRONTLINE, Place::frontlineSince), new Status(DEOCCUPIED, Place::deoccupiedSince));
    }

    private record Status(String key, Function<Place, @Nullable LocalDate> since) {
    }
}
