package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.users.UserView;
import ua.fakh.courses.enrollment.CohortView;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The cohorts tab: each cohort with its dates and trainers, and the form for a new one. */
public record CohortsModel(TaughtCourse course, List<CohortView> cohorts, Map<UUID, UserView> trainers,
                           Map<String, String> errors, @Nullable String name) {

    public String trainerNames(CohortView cohort) {
        return cohort.trainerIds().stream().map(trainers::get).filter(Objects::nonNull).map(UserView::fullName)
                .collect(Collectors.joining(", "));
    }
}
