package ua.fakh.courses.analytics.internal;

import ua.fakh.core.analytics.SmallCells;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Place;
import ua.fakh.courses.analytics.CoverageReport.KeyNumber;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The report's headline figures. */
final class KeyNumbers {
    private KeyNumbers() {
    }

    static List<KeyNumber> of(BuiltReport report) {
        CoverageData data = report.data();
        ReportCells cells = report.cells();
        CoverageTexts texts = report.texts();
        boolean few = SmallCells.small(Trainee.people(data.trainees()));
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal ects = BigDecimal.ZERO;
        for (Trainee trainee : data.trainees()) {
            BigDecimal people = BigDecimal.valueOf(trainee.people());
            hours = hours.add(trainee.hours().multiply(people));
            ects = ects.add(trainee.ects().multiply(people));
        }
        return List.of(
                new KeyNumber("trained", texts.t("key.trained"), cells.shown(ReportCells.TOTAL), null),
                reached("hromadas", OrganizationKind.HROMADA, data, texts),
                reached("institutions", OrganizationKind.INSTITUTION, data, texts),
                new KeyNumber(CommunitiesPart.FRONTLINE, texts.t("key.frontline"), cells.shown(CommunitiesPart.FRONTLINE), null),
                new KeyNumber(CommunitiesPart.DEOCCUPIED, texts.t("key.deoccupied"), cells.shown(CommunitiesPart.DEOCCUPIED), null),
                new KeyNumber("hours", texts.t("key.hours"), few ? SmallCells.HIDDEN : hours.setScale(1, RoundingMode.HALF_UP), null),
                new KeyNumber("ects", texts.t("key.ects"), few ? SmallCells.HIDDEN : ects.setScale(2, RoundingMode.HALF_UP), null));
    }

    /** How many of the scope's hromadas (institutions) have someone trained, out of how many. */
    private static KeyNumber reached(String id, OrganizationKind level, CoverageData data, CoverageTexts texts) {
        List<Place> units = data.territory().level(level);
        long reached = units.stream().filter(p -> data.territory().trained(p.organizationId()) > 0).count();
        return new KeyNumber(id, texts.t("key." + id), reached, units.size());
    }
}
