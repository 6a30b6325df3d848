package ua.fakh.courses.meetings.internal;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.Ids;
import ua.fakh.core.testing.Api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Online sessions over the API: creating one with its meeting (and every refusal at once, in the
 * reader's language), check-in codes (valid, wrong, expired, repeated) and who may use them.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.plugins.meeting_jitsi.url", value = "https://meet.fakh.example")
@Property(name = "fakh.plugins.meeting_jitsi.app-id", value = "fakh")
@Property(name = "fakh.plugins.meeting_jitsi.secret", value = "a-shared-secret-of-32-bytes-or-more!")
@SuppressWarnings("unchecked")
class OnlineSessionsIT {
    static final String LINK = "meeting_link";
    static final String JITSI = "meeting_jitsi";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    CheckinCodeRepository codes;

    Api api;
    String admin;
    String trainer;
    String otherTrainer;
    String learner;
    String outsider;
    UUID learnerId;
    UUID cohort;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        trainer = api.login((String) api.createUser(admin, "Тренерка Онлайн", provider, "TRAINER").get("email"), Api.PASSWORD);
        otherTrainer = api.login((String) api.createUser(admin, "Чужий тренер", provider, "TRAINER").get("email"), Api.PASSWORD);
        UUID course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", Api.unique("Онлайн-семінар"),
                "summary", "Опис", "hours", 8, "outcomes", List.of("Веде випадок"), "language", "uk",
                "providerId", provider.toString(), "enrollmentPolicy", "TRAINER"))).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст", "type", "content_markdown",
                "content", Map.of("markdown", "Зміст")));
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        cohort = Api.id(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група онлайн")).body());
        Map<String, Object> member = api.createUser(admin, "Марія Учасниця", provider, "LEARNER");
        learnerId = Api.id(member);
        api.post(trainer, "/api/courses/" + course + "/enrollments", Map.of("userIds", List.of(learnerId.toString()), "cohortId", cohort.toString()));
        learner = api.login((String) member.get("email"), Api.PASSWORD);
        outsider = api.login((String) api.createUser(admin, "Сторонній", provider, "LEARNER").get("email"), Api.PASSWORD);
    }

    private HttpResponse<Map<String, Object>> addSession(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Вебінар " + Api.unique(""), "startsAt",
                Instant.now().plus(1, ChronoUnit.DAYS).toString(), "hours", 2));
        body.putAll(extra);
        return api.post(trainer, "/api/cohorts/" + cohort + "/sessions", body);
    }

    private Map<String, Object> sessionTitled(HttpResponse<Map<String, Object>> created, String mode) {
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) created.body().get("sessions");
        return sessions.stream().filter(s -> mode.equals(s.get("mode"))).reduce((a, b) -> b).orElseThrow();
    }

    private UUID onlineSession() {
        HttpResponse<Map<String, Object>> created = addSession(Map.of("mode", "ONLINE", "meetingProvider", LINK,
                "meetingUrl", "https://us02web.zoom.us/j/123456789?pwd=abc"));
        assertThat(created.code()).isEqualTo(201);
        return Api.id(sessionTitled(created, "ONLINE"));
    }

    @Test
    void anOnlineSessionKeepsItsModeProviderAndTheRoomOpenedForIt() {
        HttpResponse<Map<String, Object>> link = addSession(Map.of("mode", "ONLINE", "meetingProvider", LINK,
                "meetingUrl", " https://meet.google.com/abc-defg-hij "));
        HttpResponse<Map<String, Object>> jitsi = addSession(Map.of("mode", "BOTH", "meetingProvider", JITSI, "place", "Полтава"));
        HttpResponse<Map<String, Object>> inPerson = addSession(Map.of());
        List<Map<String, Object>> providers = list(trainer, "/api/meeting-providers");

        assertThat(link.code()).isEqualTo(201);
        assertThat(sessionTitled(link, "ONLINE")).containsEntry("meetingProvider", LINK);
        assertThat(sessionTitled(jitsi, "BOTH")).containsEntry("meetingProvider", JITSI).containsEntry("place", "Полтава");
        assertThat(sessionTitled(inPerson, "IN_PERSON").get("meetingProvider")).isNull();
        assertThat(providers).extracting(p -> p.get("id")).contains(LINK, JITSI);
        assertThat(providers).filteredOn(p -> LINK.equals(p.get("id"))).first().satisfies(p ->
                assertThat(p).containsEntry("takesTrainerUrl", true));
    }

    @Test
    void refusesEveryWrongMeetingFieldAtOnceAndStoresNothing() {
        int before = ((List<?>) api.get(trainer, "/api/cohorts/" + cohort).body().get("sessions")).size();
        HttpResponse<Map<String, Object>> noProvider = addSession(Map.of("mode", "ONLINE", "meetingUrl", "javascript:alert(1)"));
        HttpResponse<Map<String, Object>> unknown = addSession(Map.of("mode", "ONLINE", "meetingProvider", "meeting_nowhere"));
        HttpResponse<Map<String, Object>> noUrl = addSession(Map.of("mode", "ONLINE", "meetingProvider", LINK));
        HttpResponse<Map<String, Object>> ftp = api.exchange(Api.authorised(HttpRequest.POST("/api/cohorts/" + cohort + "/sessions",
                Map.of("title", "Вебінар", "startsAt", Instant.now().toString(), "hours", 2, "mode", "ONLINE", "meetingProvider", LINK,
                        "meetingUrl", "ftp://files.example.org/x")).cookie(Cookie.of("fakh_lang", "en")), trainer));
        HttpResponse<Map<String, Object>> nul = addSession(Map.of("mode", "ONLINE", "meetingProvider", LINK, "meetingUrl", "https://a.example/\u0000"));

        assertThat(noProvider.code()).isEqualTo(400);
        assertThat(errors(noProvider)).containsEntry("meetingProvider", "Оберіть, де проходить онлайн-заняття.")
                .containsEntry("meetingUrl", "Адреса зустрічі має бути вебпосиланням, що починається з http:// або https://.");
        assertThat(errors(unknown)).containsEntry("meetingProvider", "Цей сервіс зустрічей тут недоступний; оберіть інший.");
        assertThat(errors(noUrl)).containsEntry("meetingUrl", "Вкажіть адресу зустрічі (посилання, що починається з https://).");
        assertThat(errors(ftp)).containsEntry("meetingUrl", "The meeting's address must be a web link that starts with http:// or https://.");
        assertThat(nul.code()).isEqualTo(400);
        assertThat((List<?>) api.get(trainer, "/api/cohorts/" + cohort).body().get("sessions")).hasSize(before);
    }

    private List<Map<String, Object>> list(String token, String uri) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET(uri), token), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private static Map<String, Object> errors(HttpResponse<Map<String, Object>> response) {
        Map<String, Object> byField = new HashMap<>();
        ((List<Map<String, Object>>) Api.body(response).getOrDefault("errors", List.of()))
                .forEach(e -> byField.put((String) e.get("field"), e.get("message")));
        return byField;
    }

    @Test
    void aMemberChecksInOnceWithTheOpenCodeAndARepeatGivesTheSameCheckIn() {
        UUID session = onlineSession();
        Map<String, Object> code = api.post(trainer, "/api/sessions/" + session + "/checkin-codes", Map.of()).body();
        assertThat((String) code.get("code")).matches("\\d{6}");
        assertThat(Instant.parse((String) code.get("closesAt"))).isEqualTo(Instant.parse((String) code.get("opensAt")).plus(5, ChronoUnit.MINUTES));

        HttpResponse<Map<String, Object>> first = api.post(learner, "/api/sessions/" + session + "/checkins", Map.of("code", code.get("code")));
        HttpResponse<Map<String, Object>> again = api.post(learner, "/api/sessions/" + session + "/checkins",
                Map.of("code", " " + code.get("code") + " "));

        assertThat(first.code()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(first.body()).containsEntry("userId", learnerId.toString()).containsEntry("codeId", code.get("id"));
        List<Map<String, Object>> joins = list(trainer, "/api/sessions/" + session + "/joins");
        assertThat(joins).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("userId", learnerId.toString()).containsEntry("name", "Марія Учасниця").containsEntry("joins", 0);
            assertThat((List<?>) p.get("checkins")).hasSize(1);
        });
    }

    @Test
    void aWrongOrExpiredCodeIsRefusedIn422InBothLanguages() {
        UUID session = onlineSession();
        String shown = (String) api.post(trainer, "/api/sessions/" + session + "/checkin-codes", Map.of("minutes", 10)).body().get("code");
        String wrong = shown.equals("000000") ? "111111" : "000000";
        Instant past = Instant.now().minus(1, ChronoUnit.HOURS);
        codes.save(new CheckinCodeRow(Ids.newId(), session, "424242".equals(shown) ? "434343" : "424242", past,
                past.plus(5, ChronoUnit.MINUTES), UUID.randomUUID()));
        String expired = "424242".equals(shown) ? "434343" : "424242";

        HttpResponse<Map<String, Object>> wrongUk = api.post(learner, "/api/sessions/" + session + "/checkins", Map.of("code", wrong));
        HttpResponse<Map<String, Object>> wrongEn = api.exchange(Api.authorised(HttpRequest.POST("/api/sessions/" + session + "/checkins",
                Map.of("code", wrong)).cookie(Cookie.of("fakh_lang", "en")), learner));
        HttpResponse<Map<String, Object>> expiredUk = api.post(learner, "/api/sessions/" + session + "/checkins", Map.of("code", expired));
        HttpResponse<Map<String, Object>> garbage = api.post(learner, "/api/sessions/" + session + "/checkins", Map.of("code", "12\u00003"));

        assertThat(wrongUk.code()).isEqualTo(422);
        assertThat(errors(wrongUk)).containsEntry("code", "Це не той код, що показано на занятті. Перевірте цифри й спробуйте ще раз.");
        assertThat(errors(wrongEn)).containsEntry("code", "This is not the code shown in the session. Check the digits and try again.");
        assertThat(expiredUk.code()).isEqualTo(422);
        assertThat(errors(expiredUk)).containsEntry("code", "Цей код уже закрито. Попросіть ведучого показати поточний.");
        assertThat(garbage.code()).isEqualTo(400);
        assertThat(list(trainer, "/api/sessions/" + session + "/joins")).isEmpty();
    }

    @Test
    void onlyTheCoursesTrainersOpenCodesAndSeeJoinsAndOnlyMembersCheckIn() {
        UUID session = onlineSession();
        String shown = (String) api.post(trainer, "/api/sessions/" + session + "/checkin-codes", Map.of("minutes", 3)).body().get("code");

        assertThat(api.post(learner, "/api/sessions/" + session + "/checkin-codes", Map.of()).code()).isEqualTo(403);
        assertThat(api.post(otherTrainer, "/api/sessions/" + session + "/checkin-codes", Map.of()).code()).isEqualTo(403);
        assertThat(api.get(otherTrainer, "/api/sessions/" + session + "/joins").code()).isEqualTo(403);
        assertThat(api.post(outsider, "/api/sessions/" + session + "/checkins", Map.of("code", shown)).code()).isEqualTo(403);
        assertThat(api.post(trainer, "/api/sessions/" + session + "/checkin-codes", Map.of("minutes", 0)).code()).isEqualTo(400);
        assertThat(api.post(trainer, "/api/sessions/" + UUID.randomUUID() + "/checkin-codes", Map.of()).code()).isEqualTo(404);
    }
}
