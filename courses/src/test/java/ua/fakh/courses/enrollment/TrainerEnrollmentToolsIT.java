package ua.fakh.courses.enrollment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer's tools for a group: pasted lists of e-mails in every form people paste them, cohort due
 * dates that reach the members (but not a member's own date), bulk due date and bulk withdrawal.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class TrainerEnrollmentToolsIT {
    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String admin;
    String trainer;
    String otherTrainer;
    UUID hromada;
    UUID course;
    UUID cohort;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        trainer = api.login((String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        otherTrainer = api.login((String) api.createUser(admin, "Чужий тренер", provider, "TRAINER").get("email"), Api.PASSWORD);
        course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", Api.unique("Ведення випадку"),
                "summary", "Опис", "hours", 8, "outcomes", List.of("Веде випадок"), "language", "uk",
                "providerId", provider.toString(), "enrollmentPolicy", "TRAINER"))).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст", "type", "content_markdown",
                "content", Map.of("markdown", "Зміст")));
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        cohort = Api.id(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група Полтава")).body());
    }

    private String learnerEmail(String name) {
        return (String) api.createUser(admin, name, hromada, "LEARNER").get("email");
    }

    private HttpResponse<Map<String, Object>> paste(String token, String text, String language) {
        return api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/enrollments", text)
                .contentType(MediaType.TEXT_PLAIN_TYPE).cookie(io.micronaut.http.cookie.Cookie.of("fakh_lang", language)), token));
    }

    private List<Map<String, Object>> roster() {
        return (List<Map<String, Object>>) api.get(trainer, "/api/courses/" + course + "/enrollments?size=100").body().get("content");
    }

    private Map<String, Object> enrollmentOf(String email) {
        return roster().stream().filter(e -> email.equals(e.get("learnerEmail"))).findFirst().orElseThrow();
    }

    @Test
    void aPastedListEnrollsEveryAddressWhateverSeparatesThem() {
        List<String> emails = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            emails.add(learnerEmail("Слухач " + i));
        }
        String pasted = emails.get(0) + ", " + emails.get(1) + "\n"
                + emails.get(2) + "; " + emails.get(3) + " " + emails.get(4) + "\t" + emails.get(5) + "\r\n"
                + "Олена Петренко <" + emails.get(6) + ">, \"Коваль, Ірина\" <" + emails.get(7) + ">\n"
                + "\"Шевчук; Богдан\" <" + emails.get(8) + ">";

        HttpResponse<Map<String, Object>> report = paste(trainer, pasted, "uk");

        assertThat(report.code()).isEqualTo(200);
        assertThat(report.body()).containsEntry("enrolled", 9).containsEntry("alreadyEnrolled", 0);
        assertThat((List<?>) report.body().get("errors")).isEmpty();
        assertThat(roster()).extracting(e -> e.get("learnerEmail")).containsExactlyInAnyOrderElementsOf(emails);
    }

    @Test
    void everyEntryNotEnrolledIsReportedWithItsReasonInTheReadersLanguage() {
        String known = learnerEmail("Відома");
        String hr = (String) api.createUser(admin, "Кадри", hromada, "HR").get("email");
        String pasted = known + ", not-an-address; nobody@nowhere.ua\n" + hr + " a@@b " + known + "\nІван Петренко";

        Map<String, Object> uk = paste(trainer, pasted, "uk").body();
        assertThat(uk).containsEntry("enrolled", 1);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) uk.get("errors");
        assertThat(errors).extracting(e -> e.get("line") + " " + e.get("value") + " " + e.get("reason")).containsExactly(
                "1 not-an-address problem.enrol.notAnAddress",
                "1 nobody@nowhere.ua problem.enrol.noSuchUser",
                "2 " + hr + " problem.enrol.notALearner",
                "2 a@@b problem.enrol.notAnAddress",
                "3 Іван Петренко problem.enrol.notAnAddress");
        assertThat(errors.get(0)).containsEntry("message", "не є адресою електронної пошти");
        assertThat(errors.get(1)).containsEntry("message", "немає облікового запису з такою адресою");
        assertThat((List<Map<String, Object>>) uk.get("unchanged")).singleElement()
                .satisfies(u -> assertThat(u).containsEntry("line", 2).containsEntry("reason", "problem.enrol.listedTwice"));

        Map<String, Object> en = paste(trainer, known + "\nnot-an-address", "en").body();
        assertThat(en).containsEntry("enrolled", 0).containsEntry("alreadyEnrolled", 1);
        assertThat((List<Map<String, Object>>) en.get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("message", "is not an e-mail address"));
        assertThat((List<Map<String, Object>>) en.get("unchanged")).singleElement()
                .satisfies(u -> assertThat(u).containsEntry("message", "already enrolled"));
    }

    @Test
    void aCohortsDueDateReachesItsMembersButNotADateSetForOnePerson() {
        Instant first = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant moved = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant own = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        api.put(trainer, "/api/cohorts/" + cohort + "/due", Map.of("dueAt", first.toString()));
        String anna = learnerEmail("Анна");
        String bohdan = learnerEmail("Богдан");
        assertThat(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/enrollments?cohortId=" + cohort,
                anna + "\n" + bohdan).contentType(MediaType.TEXT_PLAIN_TYPE), trainer)).body()).containsEntry("enrolled", 2);
        assertThat(enrollmentOf(anna)).containsEntry("dueAt", first.toString()).containsEntry("ownDueAt", null);
        api.put(trainer, "/api/enrollments/" + enrollmentOf(bohdan).get("id") + "/due", Map.of("dueAt", own.toString()));

        assertThat(api.put(trainer, "/api/cohorts/" + cohort + "/due", Map.of("dueAt", moved.toString())).code()).isEqualTo(200);

        assertThat(enrollmentOf(anna)).containsEntry("dueAt", moved.toString());
        assertThat(enrollmentOf(bohdan)).containsEntry("dueAt", own.toString()).containsEntry("ownDueAt", own.toString());
        String annaToken = api.login(anna, Api.PASSWORD);
        List<Map<String, Object>> mine = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"), annaToken),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(mine.get(0)).containsEntry("dueAt", moved.toString()).containsEntry("overdue", false);
    }

    @Test
    void aTrainerSetsTheDueDateOfSeveralLearnersOrAWholeCohortAtOnce() {
        String anna = learnerEmail("Анна");
        String bohdan = learnerEmail("Богдан");
        String vira = learnerEmail("Віра");
        paste(trainer, anna + "," + bohdan, "uk");
        api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/enrollments?cohortId=" + cohort, vira)
                .contentType(MediaType.TEXT_PLAIN_TYPE), trainer));
        Instant past = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<Map<String, Object>> done = api.post(trainer, "/api/courses/" + course + "/enrollments/due", Map.of(
                "enrollmentIds", List.of(enrollmentOf(anna).get("id")), "cohortId", cohort.toString(), "dueAt", past.toString()));

        assertThat(done.code()).isEqualTo(200);
        assertThat(done.body()).containsEntry("changed", 2).containsEntry("unchanged", 0);
        assertThat(enrollmentOf(anna)).containsEntry("dueAt", past.toString()).containsEntry("overdue", true);
        assertThat(enrollmentOf(vira)).containsEntry("ownDueAt", past.toString());
        assertThat(enrollmentOf(bohdan)).containsEntry("dueAt", null);
        assertThat(api.post(trainer, "/api/courses/" + course + "/enrollments/due", Map.of(
                "enrollmentIds", List.of(enrollmentOf(anna).get("id")), "dueAt", past.toString())).body())
                .containsEntry("changed", 0).containsEntry("unchanged", 1);
    }

    @Test
    void aTrainerWithdrawsSeveralLearnersAndCompletedOnesStayCompleted() {
        String anna = learnerEmail("Анна");
        String bohdan = learnerEmail("Богдан");
        String vira = learnerEmail("Віра");
        paste(trainer, anna + " " + bohdan + " " + vira, "uk");

        HttpResponse<Map<String, Object>> done = api.post(trainer, "/api/courses/" + course + "/enrollments/withdraw",
                Map.of("enrollmentIds", List.of(enrollmentOf(anna).get("id"), enrollmentOf(bohdan).get("id"))));

        assertThat(done.body()).containsEntry("changed", 2).containsEntry("unchanged", 0);
        assertThat(enrollmentOf(anna)).containsEntry("status", "WITHDRAWN");
        assertThat(enrollmentOf(bohdan)).containsEntry("status", "WITHDRAWN");
        assertThat(enrollmentOf(vira)).containsEntry("status", "ACTIVE");
        assertThat(api.post(trainer, "/api/courses/" + course + "/enrollments/withdraw",
                Map.of("enrollmentIds", List.of(enrollmentOf(anna).get("id")))).body()).containsEntry("changed", 0)
                .containsEntry("unchanged", 1);
    }

    @Test
    void bulkActionsRefuseOtherTrainersLearnersAndForeignOrEmptySelectionsWholly() {
        String anna = learnerEmail("Анна");
        paste(trainer, anna, "uk");
        Object annaEnrollment = enrollmentOf(anna).get("id");
        String annaToken = api.login(anna, Api.PASSWORD);
        Map<String, Object> selection = Map.of("enrollmentIds", List.of(annaEnrollment));
        for (String intruder : List.of(otherTrainer, annaToken)) {
            assertThat(api.post(intruder, "/api/courses/" + course + "/enrollments/withdraw", selection).code()).isEqualTo(403);
            assertThat(api.post(intruder, "/api/courses/" + course + "/enrollments/due",
                    Map.of("enrollmentIds", List.of(annaEnrollment), "dueAt", Instant.now().toString())).code()).isEqualTo(403);
        }
        assertThat(api.post(null, "/api/courses/" + course + "/enrollments/withdraw", selection).code()).isEqualTo(401);

        HttpResponse<Map<String, Object>> foreign = api.post(trainer, "/api/courses/" + course + "/enrollments/withdraw",
                Map.of("enrollmentIds", List.of(annaEnrollment, UUID.randomUUID().toString()), "cohortId", UUID.randomUUID().toString()));
        assertThat(foreign.code()).isEqualTo(400);
        assertThat(Api.body(foreign).get("errors").toString()).contains("enrollmentIds", "cohortId");
        assertThat(enrollmentOf(anna)).containsEntry("status", "ACTIVE");
        HttpResponse<Map<String, Object>> empty = api.post(trainer, "/api/courses/" + course + "/enrollments/due", Map.of());
        assertThat(empty.code()).isEqualTo(400);
        assertThat(Api.body(empty).get("errors").toString()).contains("enrollmentIds");
        assertThat(paste(otherTrainer, anna, "uk").code()).isEqualTo(403);
    }
}
