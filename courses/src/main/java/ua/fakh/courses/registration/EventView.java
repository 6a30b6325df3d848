package ua.fakh.courses.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.courses.enrollment.CohortView;

import java.util.List;
import java.util.UUID;

/** An event as a learner sees it: the course, the cohort's dates and sessions, its registration and the caller's standing. */
@Serdeable
public record EventView(UUID cohortId, UUID courseId, String courseTitle, @Nullable String courseTitleEn, String cohortName,
                        @Nullable java.time.LocalDate startsOn, @Nullable java.time.LocalDate endsOn,
                        List<CohortView.Session> sessions, RegistrationView registration, MyRegistration mine) {
}
