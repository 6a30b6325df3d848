package ua.fakh.courses.analytics.internal;

import ua.fakh.core.organizations.Place;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * What a gain table groups people by: their cohort, the places their organisation belongs to, the kinds
 * of those places, and whether their community counted as frontline or de-occupied on their day.
 * {@code id} names the table ({@code gain-<id>}) and its strings ({@code gain.table.<id>}).
 */
enum Dimension {
    COHORT("cohorts", "cohort") {
        @Override
        GainGroup groupOf(Counted c, GainLabels labels) {
            GainLearner l = c.learner();
            return l.cohortId() == null ? new GainGroup(GainGroup.NONE, labels.text("gain.cohort.none"))
                    : new GainGroup(l.cohortId().toString(), l.cohortName());
        }
    },
    OBLAST("oblasts", "oblast") {
        @Override
        GainGroup groupOf(Counted c, GainLabels labels) {
            return unit(c, Place::oblast, labels);
        }
    },
    DISTRICT("districts", "district") {
        @Override
        GainGroup groupOf(Counted c, GainLabels labels) {
            return unit(c, Place::district, labels);
        }
    },
    HROMADA("hromadas", "hromada") {
        @Override
        GainGroup groupOf(Counted c, GainLabels labels) {
            return unit(c, Place::hromada, labels);
        }
    },
    INSTITUTION("institutions", "institution") {
        @Override
        GainGroup groupOf(Counted c, GainLabels labels) {
            return unit(c, Place::institution, labels);
        }
    },
    HROMADA_KIND("hromada-kinds", "hromadaKind") {
        @Override
        GainGroup groupOf(Counted c, GainLabels labels) {
            String kind = c.place() == null ? null : c.place().hromadaKind();
            return kind == null ? labels.none() : new GainGroup(kind, labels.text("gain.hromadaKind." + kind));
        }
    },
    INSTITUTION_KIND("institution-kinds", "institutionKind") {
        @Override
        GainGroup groupOf(Counted c, GainLabels labels) {
            Place.InstitutionKind kind = c.place() == null ? null : c.place().institutionKind();
            return kind == null ? labels.none() : new GainGroup(kind.code(), kind.name(labels.english()));
        }
    },
    FRONTLINE("frontline", "frontline") {
        @Override
        GainGroup groupOf(Counted c, GainLabels labels) {
            return labels.yesNo(since(c, Place::frontlineSince));
        }
    },
    DEOCCUPIED("deoccupied", "deoccupied") {
        @Override
        GainGroup groupOf(Counted c, GainLabels labels) {
            return labels.yesNo(since(c, Place::deoccupiedSince));
        }
    };

    final String id;
    /** The stem of its strings: {@code gain.column.<stem>}, {@code gain.table.<stem>}. */
    final String stem;

    Dimension(String id, String stem) {
        this.id = id;
        this.stem = stem;
    }

    abstract GainGroup groupOf(Counted c, GainLabels labels);

    private static GainGroup unit(Counted c, Function<Place, Place.Unit> level, GainLabels labels) {
        Place.Unit unit = c.place() == null ? null : level.apply(c.place());
        return unit == null ? labels.none() : new GainGroup(unit.id().toString(), unit.name(labels.english()));
    }

    private static boolean since(Counted c, Function<Place, LocalDate> since) {
        LocalDate from = c.place() == null ? null : since.apply(c.place());
        return from != null && !from.isAfter(c.day());
    }
}
