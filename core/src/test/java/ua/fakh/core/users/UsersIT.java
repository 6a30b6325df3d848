package ua.fakh.core.users;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.security.Role;
import ua.fakh.core.testing.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "fakh.test.mailbox", value = "true")
@io.micronaut.context.annotation.Property(name = "fakh.notifications.send", value = "false")
class UsersIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Users users;

    @Inject
    ua.fakh.core.testing.TestMailbox notices;

    Api api;
    String admin;
    UUID oblast;
    UUID hromada;
    UUID otherHromada;
    UUID provider;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        otherHromada = Api.id(api.createOrganization(admin, Api.unique("Інша громада"), "HROMADA", oblast));
        provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
    }

    @Test
    void everyRoleLogsInAndSeesItsCyrillicNameAndRoles() {
        for (String role : List.of("ADMIN", "TRAINER", "HR", "LEARNER")) {
            String name = "Ґалина Її Щербатюк-Євтушенко ʼ" + role;
            Map<String, Object> user = api.createUser(admin, name, hromada, role);
            Map<String, Object> me = api.get(api.login((String) user.get("email"), Api.PASSWORD), "/api/me").body();
            assertThat(me).containsEntry("fullName", name).containsEntry("roles", List.of(role))
                    .containsEntry("organizationId", hromada.toString()).containsEntry("locale", "uk");
        }
    }

    @Test
    void emailIsUniqueWhateverItsCase() {
        Map<String, Object> user = api.createUser(admin, "Олег", hromada, "LEARNER");
        HttpResponse<?> duplicate = api.post(admin, "/api/users", Map.of("email", ((String) user.get("email")).toUpperCase(),
                "fullName", "Олег Другий", "password", Api.PASSWORD, "organizationId", hromada.toString(),
                "roles", List.of("LEARNER")));
        assertThat(duplicate.code()).isEqualTo(409);
        assertThat(api.login(((String) user.get("email")).toUpperCase(), Api.PASSWORD)).isNotBlank();
    }

    @Test
    void passwordShorterThanTenIsRefused() {
        HttpResponse<?> response = api.post(admin, "/api/users", Map.of("email", Api.unique("x") + "@test.fakh",
                "fullName", "Х", "password", "short", "organizationId", hromada.toString(), "roles", List.of("LEARNER")));
        assertThat(response.code()).isEqualTo(400);
        assertThat(Api.body(response).get("errors").toString()).contains("password");
    }

    @Test
    void withoutAPasswordThePersonIsInvitedAndHasNoPasswordAnyoneKnows() {
        HttpResponse<Map<String, Object>> created = api.post(admin, "/api/users", Map.of("email", Api.unique("g") + "@test.fakh",
                "fullName", "Запрошена", "organizationId", hromada.toString(), "roles", List.of("LEARNER")));
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).containsEntry("invited", true).doesNotContainKey("temporaryPassword");
        HttpResponse<?> login = api.exchange(HttpRequest.POST("/login",
                Map.of("username", created.body().get("email"), "password", Api.PASSWORD)));
        assertThat(login.code()).isEqualTo(401);
        UUID id = Api.id(created.body());
        assertThat(notices.to(id, ua.fakh.core.notifications.NoticeKind.INVITATION)).hasSize(1);
    }

    @Test
    void aPasswordGivenByAScriptIsTheAccountsOwnAndNobodyIsInvited() {
        HttpResponse<Map<String, Object>> created = api.post(admin, "/api/users", Map.of("email", Api.unique("s") + "@test.fakh",
                "fullName", "Скриптова", "password", Api.PASSWORD, "organizationId", hromada.toString(), "roles", List.of("LEARNER")));
        assertThat(created.body()).containsEntry("invited", false);
        String token = api.login((String) created.body().get("email"), Api.PASSWORD);
        assertThat(api.get(token, "/api/plugins").code()).isEqualTo(200);
        assertThat(notices.to(Api.id(created.body()), ua.fakh.core.notifications.NoticeKind.INVITATION)).isEmpty();
    }

    @Test
    void trainerCreatesNoAccountsInAnyOrganization() {
        String trainer = api.login((String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        for (UUID organization : List.of(hromada, provider)) {
            String email = Api.unique("l") + "@test.fakh";
            HttpResponse<?> learner = api.post(trainer, "/api/users", Map.of("email", email,
                    "fullName", "Учасниця", "organizationId", organization.toString(), "roles", List.of("LEARNER")));
            assertThat(learner.code()).isEqualTo(403);
            assertThat(users.findByEmail(email)).isEmpty();
        }
    }

    @Test
    void anAdministratorsResetSendsALinkAndLeavesThePasswordAsItIs() {
        Map<String, Object> user = api.createUser(admin, "Забула Пароль", hromada, "LEARNER");
        HttpResponse<?> reset = api.post(admin, "/api/users/" + user.get("id") + "/password-reset", Map.of());

        assertThat(reset.code()).isEqualTo(202);
        assertThat(notices.to(Api.id(user), ua.fakh.core.notifications.NoticeKind.PASSWORD_RESET)).hasSize(1);
        assertThat(api.login((String) user.get("email"), Api.PASSWORD)).isNotBlank();
    }

    @Test
    void csvImportedPeopleAreInvitedAndTheReportListsThemWithoutPasswords() {
        String email = Api.unique("csv-inv") + "@test.fakh";
        HttpResponse<Map<String, Object>> report = api.exchange(Api.authorised(HttpRequest.POST("/api/users/import",
                email + ",Імпортована Людина," + hromada + ",LEARNER\n").contentType(MediaType.of("text/csv")), admin));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> invited = (List<Map<String, Object>>) report.body().get("invited");

        assertThat(invited).singleElement().satisfies(person -> {
            assertThat(person).containsEntry("email", email).doesNotContainKey("temporaryPassword").doesNotContainKey("password");
            assertThat(notices.to(Api.id(person), ua.fakh.core.notifications.NoticeKind.INVITATION)).hasSize(1);
        });
        assertThat(report.body()).doesNotContainKey("accounts");
    }

    @Test
    void learnerMayNotCallAdminRoutesNorReadOthers() {
        Map<String, Object> other = api.createUser(admin, "Інша людина", hromada, "LEARNER");
        String learner = api.login((String) api.createUser(admin, "Учасник", hromada, "LEARNER").get("email"), Api.PASSWORD);
        assertThat(api.get(learner, "/api/users").code()).isEqualTo(403);
        assertThat(api.get(learner, "/api/users/" + other.get("id")).code()).isEqualTo(403);
        assertThat(api.post(learner, "/api/users/" + other.get("id") + "/disable", Map.of()).code()).isEqualTo(403);
        assertThat(api.get(learner, "/api/audit").code()).isEqualTo(403);
    }

    @Test
    void searchIsCaseInsensitiveForCyrillicAndHrSeesOnlyItsSubtree() {
        String surname = "Ярошенко" + UUID.randomUUID().toString().substring(0, 4);
        Map<String, Object> inside = api.createUser(admin, "Тетяна " + surname, hromada, "LEARNER");
        Map<String, Object> outside = api.createUser(admin, "Петро " + surname, otherHromada, "LEARNER");
        String query = URLEncoder.encode(surname.toUpperCase(), StandardCharsets.UTF_8);

        List<?> adminFound = (List<?>) api.get(admin, "/api/users?q=" + query).body().get("content");
        assertThat(adminFound).hasSize(2);

        String hr = api.login((String) api.createUser(admin, "Кадри громади", hromada, "HR").get("email"), Api.PASSWORD);
        List<?> hrFound = (List<?>) api.get(hr, "/api/users?q=" + query).body().get("content");
        assertThat(hrFound).hasSize(1);
        assertThat(hrFound.toString()).contains((String) inside.get("id"));
        assertThat(api.get(hr, "/api/users/" + inside.get("id")).code()).isEqualTo(200);
        assertThat(api.get(hr, "/api/users/" + outside.get("id")).code()).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void csvImportReportsBadRowsAndKeepsTheGoodOnes() {
        String existing = (String) api.createUser(admin, "Вже є", hromada, "LEARNER").get("email");
        String first = Api.unique("csv1") + "@test.fakh";
        String second = Api.unique("csv2") + "@test.fakh";
        String csv = "email,fullName,organizationId,roles\n"
                + first + ",\"Коваленко, Анна\"," + hromada + ",LEARNER\n"
                + "broken-email,Хтось," + hromada + ",LEARNER\n"
                + existing + ",Вже є," + hromada + ",LEARNER\n"
                + second + ",Бойко Остап," + hromada + ",LEARNER;HR\n"
                + Api.unique("csv3") + "@test.fakh,Без організації," + UUID.randomUUID() + ",LEARNER\n"
                + Api.unique("csv4") + "@test.fakh,Невідома роль," + hromada + ",PILOT\n";
        HttpResponse<Map<String, Object>> report = api.exchange(Api.authorised(HttpRequest.POST("/api/users/import", csv)
                .contentType(MediaType.of("text/csv")), admin));
        assertThat(report.code()).isEqualTo(200);
        assertThat(report.body()).containsEntry("created", 2).containsEntry("skipped", 1);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) report.body().get("errors");
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(3, 6, 7);
        Map<String, Object> anna = api.get(admin, "/api/users?q=" + first).body();
        assertThat(anna.get("content").toString()).contains("Коваленко, Анна");
        assertThat(api.get(admin, "/api/users?q=" + second).body().get("content").toString()).contains("HR", "LEARNER");
    }

    @Test
    void disablingEndsSessionsAndRefreshTokens() {
        Map<String, Object> user = api.createUser(admin, "Звільнена", hromada, "LEARNER");
        Map<?, ?> tokens = api.http().retrieve(HttpRequest.POST("/login",
                Map.of("username", user.get("email"), "password", Api.PASSWORD)), Map.class);
        String access = (String) tokens.get("access_token");
        assertThat(api.get(access, "/api/me").code()).isEqualTo(200);

        assertThat(api.post(admin, "/api/users/" + user.get("id") + "/disable", Map.of()).body())
                .containsEntry("status", "DISABLED");

        assertThat(api.get(access, "/api/me").code()).isEqualTo(401);
        HttpResponse<?> refresh = api.exchange(HttpRequest.POST("/oauth/access_token",
                "grant_type=refresh_token&refresh_token=" + tokens.get("refresh_token"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));
        assertThat(refresh.code()).isBetween(400, 401);
        HttpResponse<?> login = api.exchange(HttpRequest.POST("/login", Map.of("username", user.get("email"), "password", Api.PASSWORD)));
        assertThat(login.code()).isEqualTo(403); // the right password of a disabled account: told so (DisabledAccountLoginIT)
        List<?> audit = (List<?>) api.get(admin, "/api/audit?action=USER_DISABLED&size=200").body().get("content");
        assertThat(audit.toString()).contains((String) user.get("id"));
    }

    @Test
    void userChangesOwnNameLanguageAndPassword() {
        Map<String, Object> user = api.createUser(admin, "Стара назва", hromada, "LEARNER");
        String token = api.login((String) user.get("email"), Api.PASSWORD);
        assertThat(api.put(token, "/api/me", Map.of("fullName", "Нове Ім'я", "locale", "en")).body())
                .containsEntry("fullName", "Нове Ім'я").containsEntry("locale", "en");
        assertThat(api.post(token, "/api/me/password", Map.of("currentPassword", "wrong-password", "newPassword", "another-long-pass"))
                .code()).isEqualTo(400);
        assertThat(api.post(token, "/api/me/password", Map.of("currentPassword", Api.PASSWORD, "newPassword", "another-long-pass"))
                .code()).isEqualTo(200);
        assertThat(api.login((String) user.get("email"), "another-long-pass")).isNotBlank();
    }

    @Test
    void adminChangesRolesAndOrganizationAudited() {
        Map<String, Object> user = api.createUser(admin, "Переведена", hromada, "LEARNER");
        HttpResponse<Map<String, Object>> changed = api.put(admin, "/api/users/" + user.get("id"),
                Map.of("roles", List.of("LEARNER", "HR"), "organizationId", otherHromada.toString()));
        assertThat(changed.code()).isEqualTo(200);
        assertThat((List<?>) changed.body().get("roles")).hasSize(2);
        assertThat(changed.body()).containsEntry("organizationId", otherHromada.toString());
        String audit = api.get(admin, "/api/audit?size=200").body().get("content").toString();
        assertThat(audit).contains("USER_ROLES_CHANGED", "USER_UPDATED");
    }

    @Test
    void findsManyUsersAtOnceWithTheirRolesLeavingOutUnknownIds() {
        UUID learner = Api.id(api.createUser(admin, "Марта Слухачка", hromada, "LEARNER"));
        UUID trainer = Api.id(api.createUser(admin, "Тарас Тренер", provider, "TRAINER", "LEARNER"));
        UUID unknown = UUID.randomUUID();

        Map<UUID, UserView> found = users.findAll(List.of(learner, trainer, unknown, learner));

        assertThat(found).containsOnlyKeys(learner, trainer);
        assertThat(found.get(learner).fullName()).isEqualTo("Марта Слухачка");
        assertThat(found.get(trainer).roles()).containsExactlyInAnyOrder(Role.TRAINER, Role.LEARNER);
        assertThat(users.findAll(List.of())).isEmpty();
    }
}
