package ua.fakh.web.assess;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.Cohorts;

import java.net.URI;
import java.util.UUID;

/**
 * "All present" on the cohort page: one press marks every member present at one session; the trainer
 * then unticks the few who were not there in the grid below.
 */
@Hidden
@Controller("/teach/courses/{id}/cohorts/{cohortId}/sessions/{sessionId}")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class AttendancePageController {
    private final Cohorts cohorts;

    AttendancePageController(Cohorts cohorts) {
        this.cohorts = cohorts;
    }

    @Post("/all-present")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> allPresent(UUID id, UUID cohortId, UUID sessionId, Caller caller) {
        CohortView cohort = cohorts.get(cohortId, caller);
        if (!cohort.courseId().equals(id) || cohort.sessions().stream().noneMatch(s -> s.id().equals(sessionId))) {
            throw new NotFoundException("problem.session.notInCohort");
        }
        cohorts.markAllPresent(sessionId, caller);
        return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/cohorts/" + cohortId + "?saved=allPresent"));
    }
}
