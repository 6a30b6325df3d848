package ua.fakh.web.analytics;

import ua.fakh.courses.analytics.TrainedPerson;

import java.util.List;

/** The drill-down page: one organisation's trained people under the filter. */
public record PeopleModel(String organizationName, AnalyticsFilterForm form, List<TrainedPerson> people) {
}
