package ua.fakh.web.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.organizations.Edrpou;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.Users;
import ua.fakh.courses.content.CatalogueQuery;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.LessonOutline;
import ua.fakh.courses.content.Materials;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserView;
import ua.fakh.courses.spi.MaterialInfo;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.demo", value = "true")
class DemoDataIT {
    @Inject
    Users users;
    @Inject
    Organizations organizations;
    @Inject
    DemoData demo;
    @Inject
    EmbeddedServer server;
    @Inject
    CourseCatalog courses;
    @Inject
    Materials materials;
    @Inject
    Enrollments enrollments;

    @Test
    void loadsAKharkivTreeWithPeopleOnceAfterTheFirstAdministrator() {
        assertThat(users.findByEmail("admin@test.fakh")).isPresent();
        OrganizationView oblast = organizations.search("Харківська область", 0, 10).content().stream()
                .filter(o -> o.kind() == OrganizationKind.OBLAST).findFirst().orElseThrow();
        List<OrganizationView> tree = organizations.subtree(oblast.id());
        assertThat(tree).filteredOn(o -> o.kind() == OrganizationKind.HROMADA).hasSize(3);
        assertThat(tree).filteredOn(o -> o.kind() == OrganizationKind.INSTITUTION).hasSize(3);
        assertThat(tree).filteredOn(o -> o.kind() == OrganizationKind.PROVIDER).singleElement()
                .satisfies(p -> assertThat(Edrpou.isValid(p.edrpou())).isTrue());
        assertThat(users.findByEmail(DemoData.TRAINER_EMAIL).orElseThrow().roles()).containsExactly(Role.TRAINER);
        assertThat(users.findByEmail("hr@demo.fakh").orElseThrow().roles()).containsExactly(Role.HR);
        assertThat(List.of("learner1@demo.fakh", "learner2@demo.fakh", "learner3@demo.fakh"))
                .allSatisfy(email -> assertThat(users.findByEmail(email)).isPresent());

        demo.onApplicationEvent(new ServerStartupEvent(server));

        assertThat(organizations.subtree(oblast.id())).hasSameSizeAs(tree);
        assertThat(catalogue(DemoCourses.SELF_HELP_TITLE)).hasSize(1);
        assertThat(catalogue(DemoCourses.CASE_TITLE)).hasSize(1);
    }

    @Test
    void loadsTwoPublishedBilingualCoursesWithPlayableMediaAndEnrollsTheLearners() {
        UserView trainer = users.findByEmail(DemoData.TRAINER_EMAIL).orElseThrow();
        Caller trainerCaller = new Caller(trainer.id(), trainer.email(), trainer.roles(), trainer.organizationId(), "test");
        CourseSummary selfHelp = catalogue(DemoCourses.SELF_HELP_TITLE).get(0);
        CourseSummary caseManagement = catalogue(DemoCourses.CASE_TITLE).get(0);

        for (CourseSummary summary : List.of(selfHelp, caseManagement)) {
            CourseView course = courses.published(summary.id(), null);
            assertThat(course.titleEn()).isNotBlank();
            assertThat(course.summaryEn()).isNotBlank();
            assertThat(course.providerEdrpou()).isEqualTo("14360570");
            assertThat(course.trainers()).extracting(t -> t.fullName()).containsExactly("Оксана Мельник");
            for (String email : List.of("learner1@demo.fakh", "learner2@demo.fakh", "learner3@demo.fakh")) {
                assertThat(enrollments.find(summary.id(), users.findByEmail(email).orElseThrow().id())).isPresent();
            }
        }
        assertThat(types(selfHelp)).contains("content_markdown", "content_audio", "content_file");
        assertThat(types(caseManagement)).contains("content_markdown", "content_video", "content_file", "content_quiz");
        assertThat(materials.list(selfHelp.id(), trainerCaller)).extracting(MaterialInfo::mediaType)
                .contains("application/pdf").anyMatch(t -> t.startsWith("audio/"));
        assertThat(materials.list(caseManagement.id(), trainerCaller)).extracting(MaterialInfo::mediaType)
                .contains("application/pdf", "video/mp4");
    }

    private List<CourseSummary> catalogue(String title) {
        return courses.catalogue(new CatalogueQuery(title, null, null, null), 0, 10).content();
    }

    private List<String> types(CourseSummary summary) {
        return courses.published(summary.id(), null).sections().stream().flatMap(s -> s.lessons().stream())
                .map(LessonOutline::type).toList();
    }
}
