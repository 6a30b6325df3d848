package ua.fakh.courses.analytics.internal;

import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.organizations.Place;

import java.util.List;

/** What one coverage report is built from: the scope's places and the people trained in it. */
record CoverageData(AnalyticsScope scope, List<Place> inScope, Territory territory, List<Trainee> trainees,
                    List<Place.InstitutionKind> institutionKinds, boolean profileFacts) {

    static String unit(Object id) {
        return "unit:" + id;
    }
}
