package ua.fakh.web.certificates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.web.page.FormIds;
import ua.fakh.certificates.issuing.CertificateView;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.certificates.issuing.IssueReport;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /teach/courses/{id}/certificates}: the course's trainers issue certificates for a cohort or
 * picked learners (each refusal reported with its reason), revoke with a reason and re-issue.
 */
@Hidden
@Controller("/teach/courses/{id}/certificates")
@Produces(MediaType.TEXT_HTML)
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TeachCertificatesController {
    private static final Set<String> NOTICES = Set.of("revoked", "reissued", "confirm");
    private static final int ENROLLMENTS_SHOWN = 100;

    private final Certificates certificates;
    private final CourseCatalog courses;
    private final Cohorts cohorts;
    private final Enrollments enrollments;

    TeachCertificatesController(Certificates certificates, CourseCatalog courses, Cohorts cohorts,
                                Enrollments enrollments) {
        this.certificates = certificates;
        this.courses = courses;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
    }

    @Get
    HttpResponse<?> page(UUID id, PageContext ctx, Caller caller, @Nullable @QueryValue String notice) {
        return HttpResponse.ok(Views.view("certificates/teach", ctx,
                model(id, ctx, caller, null, notice != null && NOTICES.contains(notice) ? notice : null)));
    }

    /** Issuing twice gives the same certificates ("already issued"), so a double submit is harmless. */
    @Post("/issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> issue(UUID id, @Body TeachForms.Selected form, PageContext ctx, Caller caller) {
        List<UUID> userIds = new ArrayList<>();
        for (String value : form.userIds() == null ? List.<String>of() : form.userIds()) {
            userIds.add(FormIds.required(value, "userIds", "problem.field.certificate.chooseFromList"));
        }
        if (userIds.isEmpty()) {
            throw ValidationException.of("userIds", "problem.field.certificate.pickLearner");
        }
        IssueReport report = certificates.issueForCourse(id, userIds, caller);
        return HttpResponse.ok(Views.view("certificates/teach", ctx, model(id, ctx, caller, report, null)));
    }

    @Post("/cohort")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> issueForCohort(UUID id, @Body TeachForms.Cohort form, PageContext ctx, Caller caller) {
        IssueReport report = certificates.issueForCohort(id, FormIds.required(form.cohortId(), "cohortId", "problem.field.certificate.chooseFromList"), caller);
        return HttpResponse.ok(Views.view("certificates/teach", ctx, model(id, ctx, caller, report, null)));
    }

    @Post("/{certificateId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(UUID id, UUID certificateId, @Body TeachForms.Reason form, Caller caller) {
        UUID certificate = mine(id, certificateId, caller); // who may act is decided before anything else
        if (form.confirm() == null) {
            return back(id, "confirm", certificateId);
        }
        certificates.revoke(certificate, form.reason(), caller);
        return back(id, "revoked", certificateId);
    }

    @Post("/{certificateId}/reissue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reissue(UUID id, UUID certificateId, @Body TeachForms.Reason form, Caller caller) {
        UUID certificate = mine(id, certificateId, caller); // who may act is decided before anything else
        if (form.confirm() == null) {
            return back(id, "confirm", certificateId);
        }
        CertificateView replacement = certificates.reissue(certificate, form.reason(), caller);
        return back(id, "reissued", replacement.id());
    }

    /** The certificate must belong to the course in the address, so a form cannot act on another course's. */
    private UUID mine(UUID courseId, UUID certificateId, Caller caller) {
        if (!certificates.get(certificateId, caller).courseId().equals(courseId)) {
            throw new ua.fakh.core.errors.NotFoundException("problem.certificate.notInCourse");
        }
        return certificateId;
    }

    private TeachCertificatesModel model(UUID id, PageContext ctx, Caller caller, @Nullable IssueReport report,
                                         @Nullable String notice) {
        List<CertificateView> issued = certificates.ofCourse(id, caller);
        var course = courses.get(id, caller);
        List<EnrollmentView> enrolled = enrollments.ofCourse(id, caller, 0, ENROLLMENTS_SHOWN).content();
        Map<UUID, String> names = new HashMap<>();
        enrolled.forEach(e -> names.put(e.userId(), e.learnerName()));
        return new TeachCertificatesModel(id, ua.fakh.web.learn.Texts.title(ctx, course.title(), course.titleEn()), issued,
                cohorts.ofCourse(id, caller), enrolled, report, names, notice);
    }

    private static HttpResponse<?> back(UUID courseId, String notice, UUID certificateId) {
        return HttpResponse.seeOther(URI.create("/teach/courses/" + courseId + "/certificates?notice=" + notice
                + "#certificate-" + certificateId));
    }
}
