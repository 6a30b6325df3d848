package ua.fakh.web.admin.users;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.security.Role;
import ua.fakh.core.testing.Api;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.web.testing.Browser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' tools on the users pages: editing one person, bulk actions with a confirmation, the CSV report. */
@MicronautTest(transactional = false)
class UserAdministrationPagesIT extends ua.fakh.web.testing.PageTest {

    @BeforeEach
    void signIn() {
        browser.signInAsAdmin();
    }

    @Test
    void theAdministratorsOwnRowOffersNoDisable() {
        UUID me = userId(Browser.ADMIN_EMAIL);

        String row = browser.get("/admin/users?q=" + Browser.encode(Browser.ADMIN_EMAIL)).find(
                "(?s)(<tr id=\"user-" + me + "\">.*?</tr>)");

        assertThat(row).contains("/edit").contains("password-reset").doesNotContain("name=\"status\" value=\"DISABLED\"");
        assertThat(browser.post("/admin/users/" + me + "/status", Map.of("status", "DISABLED", "confirm", "yes")).location())
                .contains("notice=notYourself");
        assertThat(users.find(me).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void anAdministratorChangesRolesAndOrganizationAndThePersonsSessionsEnd() {
        String email = newUser("Ольга Дяченко", "LEARNER");
        UUID id = userId(email);
        UUID otherOrg = newProvider();
        try (Browser hers = new Browser(server)) {
            hers.signIn(email, Api.PASSWORD);
            assertThat(hers.get("/profile").status()).isEqualTo(200);

            Browser.Page form = browser.get("/admin/users/" + id + "/edit");
            Browser.Page saved = browser.post("/admin/users/" + id + "/edit", Map.of("fullName", "Ольга Дяченко-Бойко",
                    "locale", "en", "organizationId", otherOrg.toString(), "roles", List.of("LEARNER", "HR")));

            assertThat(form.html()).contains("value=\"Ольга Дяченко\"").contains("value=\"LEARNER\" checked");
            assertThat(saved.status()).isEqualTo(303);
            assertThat(browser.get(saved.location()).html()).contains("Збережено");
            UserView now = users.find(id).orElseThrow();
            assertThat(now.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.HR);
            assertThat(now.organizationId()).isEqualTo(otherOrg);
            assertThat(now.fullName()).isEqualTo("Ольга Дяченко-Бойко");
            assertThat(hers.get("/profile").location()).as("her old session ended").startsWith("/signin");
        }
    }

    @Test
    void theEditFormReportsEveryWrongFieldAtOnce() {
        UUID id = userId(newUser("Антон Мельник", "LEARNER"));

        Browser.Page refused = browser.post("/admin/users/" + id + "/edit", Map.of("fullName", "", "locale", "uk",
                "organizationId", UUID.randomUUID().toString()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"f-fullName-error\"").contains("id=\"f-organizationId-error\"")
                .contains("Позначте щонайменше одну роль");
        assertThat(users.find(id).orElseThrow().fullName()).isEqualTo("Антон Мельник");
    }

    @Test
    void anAdministratorCannotTakeTheirOwnAdministratorRole() {
        UUID me = userId(Browser.ADMIN_EMAIL);

        Browser.Page refused = browser.post("/admin/users/" + me + "/edit", Map.of("fullName", "Адміністратор", "locale", "uk",
                "organizationId", users.find(me).orElseThrow().organizationId().toString(), "roles", "LEARNER"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("не можна забрати роль адміністратора в себе");
        assertThat(users.find(me).orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void aBulkActionAsksFirstThenActsAndCounts() {
        UUID first = userId(newUser("Марко Вовк", "LEARNER"));
        UUID second = userId(newUser("Надія Лис", "LEARNER", "HR"));
        UUID me = userId(Browser.ADMIN_EMAIL);
        Map<String, Object> bulk = Map.of("userIds", List.of(first.toString(), second.toString(), me.toString()),
                "action", "DISABLE");

        Browser.Page asked = browser.post("/admin/users/bulk", bulk);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.html()).contains("Підтвердьте групову дію").contains("Марко Вовк").contains("Надія Лис");
        assertThat(users.find(first).orElseThrow().status()).as("nothing before the confirmation").isEqualTo(UserStatus.ACTIVE);

        Map<String, Object> confirmed = new java.util.HashMap<>(bulk);
        confirmed.put("confirm", "yes");
        Browser.Page done = browser.post("/admin/users/bulk", confirmed);

        assertThat(done.html()).contains("Змінено: 2").contains("Відмовлено: 1")
                .contains("Не можна заблокувати власний обліковий запис");
        assertThat(users.find(first).orElseThrow().status()).isEqualTo(UserStatus.DISABLED);
        assertThat(users.find(second).orElseThrow().status()).isEqualTo(UserStatus.DISABLED);
        assertThat(users.find(me).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void aBulkMoveAndARoleChangeReachEveryoneTicked() {
        UUID first = userId(newUser("Ірина Гук", "LEARNER"));
        UUID second = userId(newUser("Остап Мазур", "LEARNER"));
        UUID target = newProvider();

        browser.post("/admin/users/bulk", Map.of("userIds", List.of(first.toString(), second.toString()), "action", "MOVE",
                "bulkOrganizationId", target.toString(), "confirm", "yes"));
        Browser.Page added = browser.post("/admin/users/bulk", Map.of("userIds", List.of(first.toString(), second.toString()),
                "action", "ADD_ROLE", "role", "TRAINER", "confirm", "yes"));

        assertThat(added.html()).contains("Змінено: 2");
        assertThat(users.find(first).orElseThrow().organizationId()).isEqualTo(target);
        assertThat(users.find(second).orElseThrow().roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(browser.post("/admin/users/bulk", Map.of("action", "ENABLE")).location()).contains("notice=bulkNobody");
    }

    @Test
    void nonAdministratorsMayNotUseTheTools() {
        UUID someone = userId(newUser("Хтось Інший", "LEARNER"));
        try (Browser hr = new Browser(server)) {
            hr.signIn(newUser("Кадровичка", "HR"), Api.PASSWORD);

            assertThat(hr.get("/admin/users/" + someone + "/edit").status()).isEqualTo(403);
            assertThat(hr.post("/admin/users/bulk", Map.of("userIds", someone.toString(), "action", "DISABLE", "confirm", "yes"))
                    .status()).isEqualTo(403);
            assertThat(hr.post("/admin/users/" + someone + "/password-reset", Map.of("confirm", "yes")).status()).isEqualTo(403);
        }
        assertThat(users.find(someone).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void theCsvReportNamesOrganizationsAndSpeaksTheReadersLanguage() {
        String code = Api.unique("KYIV");
        api.post(api.adminToken(), "/api/organizations", Map.of("name", Api.unique("Центр"), "kind", "PROVIDER", "code", code));
        String email = Api.unique("roman") + "@test.fakh";
        String csv = "email,fullName,organization,roles\n" + email + ",Роман Чорний," + code + ",LEARNER\n"
                + "not-an-email,Без пошти,Немає такої організації,LEARNER\n";

        Browser.Page uk = upload(browser, csv);
        Browser.Page en;
        try (Browser english = new Browser(server)) {
            // another administrator, who reads English (switching the shared one would change its saved language)
            english.signIn(newUser("Second Administrator", "ADMIN"), Api.PASSWORD);
            english.get("/lang/en?next=/");
            en = upload(english, csv.replace(email, Api.unique("roman") + "@test.fakh"));
        }

        assertThat(uk.html()).contains("Створено: 1").contains("Роман Чорний").contains("не є адресою електронної пошти")
                .contains("немає організації з таким ЄДРПОУ, кодом чи назвою").contains("<table class=\"stack accounts\">")
                .contains("Запрошені люди").doesNotContain("Одноразовий пароль").doesNotContain("class=\"secret\"");
        assertThat(en.html()).contains("is not an e-mail address").contains("no organisation has this EDRPOU, code or name")
                .doesNotContain("не є адресою");
        assertThat(users.findByEmail(email).orElseThrow().fullName()).isEqualTo("Роман Чорний");
    }

    private static Browser.Page upload(Browser browser, String csv) {
        return browser.send(HttpRequest.POST("/admin/users/import?_csrf=" + browser.csrfToken(), MultipartBody.builder()
                        .addPart("csv", csv).addPart("file", "", MediaType.TEXT_PLAIN_TYPE, new byte[0]).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
