package ua.fakh.core.users;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.MovableClock;
import ua.fakh.core.testing.TestMailbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Invitations and password recovery through the API: links that work once, for a while, and end old sessions. */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.movable-clock", value = "true")
@Property(name = "fakh.test.mailbox", value = "true")
@Property(name = "fakh.notifications.send", value = "false")
class PasswordLinksIT {
    static final String CHOSEN = "my-own-chosen-password";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestMailbox notices;

    @Inject
    MovableClock clock;

    Api api;
    String admin;
    UUID organization;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        organization = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
    }

    @Test
    void anInvitationLinkSetsThePasswordOnceAndThePersonSignsIn() {
        Map<String, Object> person = invite("en");
        OutgoingMessage invitation = only(Api.id(person), NoticeKind.INVITATION);
        assertThat(TestMailbox.path(invitation)).startsWith("/password/set/");
        assertThat(invitation.subject()).isEqualTo("You are invited to Fakh");
        assertThat(invitation.text()).contains("Hello, Запрошена Особа!", "Адміністратор has created an account for you",
                "for 7 days", (String) person.get("email"), invitation.link());

        assertThat(choose(token(invitation), CHOSEN).code()).isEqualTo(204);
        assertThat(api.login((String) person.get("email"), CHOSEN)).isNotBlank();

        HttpResponse<Map<String, Object>> again = choose(token(invitation), "yet-another-password");
        assertThat(again.code()).isEqualTo(410);
        assertThat(again.body()).containsEntry("type", PasswordLinkGoneException.TYPE);
        assertThat(api.login((String) person.get("email"), CHOSEN)).isNotBlank();
    }

    @Test
    void anInvitationExpiresAfterSevenDays() {
        Map<String, Object> person = invite("uk");
        String token = token(only(Api.id(person), NoticeKind.INVITATION));
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        try {
            assertThat(choose(token, CHOSEN).code()).isEqualTo(410);
        } finally {
            clock.advance(Duration.ofDays(-7).minusMinutes(1));
        }
    }

    @Test
    void aResetLinkExpiresAfterAnHour() {
        Map<String, Object> person = api.createUser(admin, "Забудькувата", organization, "LEARNER");
        assertThat(forgot((String) person.get("email")).code()).isEqualTo(202);
        String token = token(only(Api.id(person), NoticeKind.PASSWORD_RESET));
        clock.advance(Duration.ofMinutes(61));
        try {
            assertThat(choose(token, CHOSEN).code()).isEqualTo(410);
        } finally {
            clock.advance(Duration.ofMinutes(-61));
        }
    }

    @Test
    void aResetEndsEverySessionAndTellsThePersonTheirPasswordChanged() {
        Map<String, Object> person = api.createUser(admin, "Стара Сесія", organization, "LEARNER");
        String email = (String) person.get("email");
        Map<?, ?> oldLogin = api.http().retrieve(HttpRequest.POST("/login", Map.of("username", email, "password", Api.PASSWORD)), Map.class);
        String oldBearer = (String) oldLogin.get("access_token");
        String oldRefresh = (String) oldLogin.get("refresh_token");

        assertThat(forgot(email.toUpperCase()).code()).isEqualTo(202);
        OutgoingMessage reset = only(Api.id(person), NoticeKind.PASSWORD_RESET);
        assertThat(TestMailbox.path(reset)).startsWith("/password/reset/");
        assertThat(reset.subject()).isEqualTo("Відновлення пароля у Fakh");
        assertThat(reset.text()).contains("Вітаємо, Стара Сесія!", "упродовж 60 хвилин");
        assertThat(choose(token(reset), CHOSEN).code()).isEqualTo(204);

        assertThat(api.get(oldBearer, "/api/me").code()).isEqualTo(401);
        HttpResponse<?> refreshed = api.exchange(HttpRequest.POST("/oauth/access_token",
                Map.of("grant_type", "refresh_token", "refresh_token", oldRefresh)));
        assertThat(refreshed.code()).isEqualTo(400);
        assertThat(api.exchange(HttpRequest.POST("/login", Map.of("username", email, "password", Api.PASSWORD))).code()).isEqualTo(401);
        assertThat(api.get(api.login(email, CHOSEN), "/api/me").code()).isEqualTo(200);
        OutgoingMessage changed = only(Api.id(person), NoticeKind.PASSWORD_CHANGED);
        assertThat(TestMailbox.path(changed)).isEqualTo("/password/forgot");
        assertThat(changed.text()).contains("Якщо це були не ви");
    }

    @Test
    void anUnknownOrDisabledAddressGetsTheSameAnswerAndNoMessage() {
        HttpResponse<Map<String, Object>> unknown = forgot(Api.unique("nobody") + "@test.fakh");
        Map<String, Object> person = api.createUser(admin, "Заблокована", organization, "LEARNER");
        api.post(admin, "/api/users/" + person.get("id") + "/disable", Map.of());
        HttpResponse<Map<String, Object>> disabled = forgot((String) person.get("email"));

        assertThat(unknown.code()).isEqualTo(202);
        assertThat(disabled.code()).isEqualTo(202);
        assertThat(notices.to(Api.id(person), NoticeKind.PASSWORD_RESET)).isEmpty();
    }

    @Test
    void tooManyRequestsForOneAddressAreRefused() {
        Map<String, Object> person = api.createUser(admin, "Наполеглива", organization, "LEARNER");
        for (int i = 0; i < 5; i++) {
            assertThat(forgot((String) person.get("email")).code()).isEqualTo(202);
        }
        HttpResponse<Map<String, Object>> refused = forgot((String) person.get("email"));
        assertThat(refused.code()).isEqualTo(429);
        assertThat(refused.getHeaders().get("Retry-After")).isNotBlank();
        assertThat(refused.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        // a newer link replaces the older ones: only the last of the five works
        List<OutgoingMessage> links = notices.to(Api.id(person), NoticeKind.PASSWORD_RESET);
        assertThat(links).hasSize(5);
        assertThat(choose(token(links.get(0)), CHOSEN).code()).isEqualTo(410);
        assertThat(choose(token(links.get(4)), CHOSEN).code()).isEqualTo(204);
    }

    @Test
    void aPasswordAgainstTheRulesIsRefusedWithEveryProblemAndTheLinkStillWorks() {
        Map<String, Object> person = invite("uk");
        String token = token(only(Api.id(person), NoticeKind.INVITATION));
        HttpResponse<Map<String, Object>> refused = api.exchange(HttpRequest.POST("/api/password/reset",
                Map.of("token", token, "password", "short", "repeatPassword", "different")));
        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.body().get("errors").toString()).contains("password", "repeatPassword");
        assertThat(choose(token, CHOSEN).code()).isEqualTo(204);
    }

    @Test
    void twoRequestsWithOneLinkAtOnceSetOnePassword() throws Exception {
        Map<String, Object> person = invite("uk");
        String token = token(only(Api.id(person), NoticeKind.INVITATION));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(() -> choose(token, "first-racing-password").code(),
                    () -> choose(token, "second-racing-password").code());
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(both)) {
                codes.add(answer.get());
            }
            assertThat(codes).containsExactlyInAnyOrder(204, 410);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anAdministratorResendsAnInvitationUntilItIsAccepted() {
        Map<String, Object> person = invite("uk");
        String first = token(only(Api.id(person), NoticeKind.INVITATION));
        String learner = api.login((String) api.createUser(admin, "Сторонній", organization, "LEARNER").get("email"), Api.PASSWORD);

        assertThat(api.post(learner, "/api/users/" + person.get("id") + "/invitation", Map.of()).code()).isEqualTo(403);
        assertThat(api.post(admin, "/api/users/" + person.get("id") + "/invitation", Map.of()).code()).isEqualTo(202);
        List<OutgoingMessage> invitations = notices.to(Api.id(person), NoticeKind.INVITATION);
        assertThat(invitations).hasSize(2);
        assertThat(choose(first, CHOSEN).code()).isEqualTo(410);
        assertThat(choose(token(invitations.get(1)), CHOSEN).code()).isEqualTo(204);
        assertThat(api.post(admin, "/api/users/" + person.get("id") + "/invitation", Map.of()).code()).isEqualTo(409);
    }

    @Test
    void changingThePasswordFromTheProfileTellsThePerson() {
        Map<String, Object> person = api.createUser(admin, "Обережна", organization, "LEARNER");
        String token = api.login((String) person.get("email"), Api.PASSWORD);
        assertThat(api.post(token, "/api/me/password", Map.of("currentPassword", Api.PASSWORD, "newPassword", CHOSEN)).code())
                .isEqualTo(200);
        assertThat(only(Api.id(person), NoticeKind.PASSWORD_CHANGED).subject()).isEqualTo("Ваш пароль у Fakh змінено");
    }

    @Test
    void malformedLinksAndAddressesAreRefusedPolitely() {
        assertThat(choose("not-a-token", CHOSEN).code()).isEqualTo(410);
        assertThat(choose("a\u0000b", CHOSEN).code()).isIn(400, 410);
        assertThat(choose("A".repeat(43), CHOSEN).code()).isEqualTo(410);
        HttpResponse<Map<String, Object>> nul = forgot("x\u0000@test.fakh");
        assertThat(nul.code()).isEqualTo(400);
        assertThat(forgot("").code()).isEqualTo(400);
        assertThat(api.exchange(HttpRequest.POST("/api/password/reset", Map.of())).code()).isIn(400, 410);
    }

    private Map<String, Object> invite(String locale) {
        Map<String, Object> body = new HashMap<>(Map.of("email", Api.unique("invited") + "@test.fakh", "fullName", "Запрошена Особа",
                "organizationId", organization.toString(), "roles", List.of("LEARNER"), "locale", locale));
        HttpResponse<Map<String, Object>> created = api.post(admin, "/api/users", body);
        assertThat(created.code()).isEqualTo(201);
        return created.body();
    }

    private OutgoingMessage only(UUID recipient, NoticeKind kind) {
        List<OutgoingMessage> sent = notices.to(recipient, kind);
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    private static String token(OutgoingMessage message) {
        return TestMailbox.token(message);
    }

    private HttpResponse<Map<String, Object>> choose(String token, String password) {
        return api.exchange(HttpRequest.POST("/api/password/reset", Map.of("token", token, "password", password)));
    }

    private HttpResponse<Map<String, Object>> forgot(String email) {
        return api.exchange(HttpRequest.POST("/api/password/forgot", Map.of("email", email)));
    }
}
