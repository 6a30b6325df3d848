package ua.fakh.web.meetings;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.BlendedWorld;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People join an online session (a meeting link) through Fakh: the join page logs who and when and sends
 * them on; the host shows a check-in code, watches who joined and confirms who sat at another's device.
 */
@MicronautTest(transactional = false)
class JoinThroughFakhIT extends PageTest {
    static final String ZOOM = "https://us02web.zoom.us/j/81234567890?pwd=Fakh";
    OnlineWorld world;
    String learnerEmail;
    UUID learner;

    @BeforeEach
    void world() {
        world = new OnlineWorld(api, Map.of("meetingProvider", "meeting_link", "meetingUrl", ZOOM));
        learnerEmail = world.blended.learnerInCohort("Марія Онлайн", Instant.now().plus(10, ChronoUnit.DAYS));
        learner = userId(learnerEmail);
    }

    private List<Map<String, Object>> joins() {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/sessions/" + world.online + "/joins"), world.blended.trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @Test
    void aMemberJoinsThroughFakhIsLoggedEachTimeAndSentToTheMeeting() {
        browser.signIn(learnerEmail, Api.PASSWORD);
        Browser.Page page = browser.get("/sessions/" + world.online);
        Browser.Page first = browser.get("/sessions/" + world.online + "/join");
        Browser.Page second = browser.get("/sessions/" + world.online + "/join");

        Browser.Page upcoming = browser.get("/upcoming");
        assertThat(upcoming.html()).contains("href=\"/sessions/" + world.online + "\"");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("href=\"/sessions/" + world.online + "/join\"").contains("Увійти на зустріч")
                .contains("action=\"/sessions/" + world.online + "/checkin\"");
        assertThat(first.status()).isEqualTo(303);
        assertThat(first.location()).isEqualTo(ZOOM);
        assertThat(second.location()).isEqualTo(ZOOM);
        assertThat(joins()).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("userId", learner.toString()).containsEntry("name", "Марія Онлайн")
                    .containsEntry("joins", 2).containsEntry("moderator", false);
            assertThat(Instant.parse((String) p.get("firstJoinAt"))).isBeforeOrEqualTo(Instant.parse((String) p.get("lastJoinAt")));
        });
    }

    @Test
    void someoneOutsideTheCohortIsRefusedAndAnInPersonSessionHasNoJoin() {
        String outsider = newUser("Сторонній Слухач", "LEARNER");
        browser.signIn(outsider, Api.PASSWORD);
        Browser.Page refused = browser.get("/sessions/" + world.online + "/join");
        browser.close();
        browser = new Browser(server);
        browser.signIn(learnerEmail, Api.PASSWORD);
        Browser.Page inPerson = browser.get("/sessions/" + world.blended.nextSession + "/join");
        Browser.Page unknown = browser.get("/sessions/" + UUID.randomUUID() + "/join");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html()).contains("Доступ заборонено").contains("<a class=\"button\" href=\"/\">");
        assertThat(inPerson.status()).isEqualTo(404);
        assertThat(inPerson.html()).contains("<main").contains("404");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(joins()).isEmpty();
    }

    @Test
    void theHostShowsACodeTheLearnerChecksInAndTheLiveListSaysSo() {
        browser.signIn(world.blended.trainerEmail, Api.PASSWORD);
        String hostPage = "/teach/sessions/" + world.online;
        Browser.Page opened = browser.post(hostPage + "/checkin-codes", Map.of("minutes", "10"));
        Browser.Page shown = browser.get(hostPage);
        String code = shown.find("class=\"checkin-code\"[^>]*>(\\d{6})<");
        Browser.Page hostJoin = browser.get("/sessions/" + world.online + "/join");

        Browser learnerBrowser = new Browser(server);
        try {
            learnerBrowser.signIn(learnerEmail, Api.PASSWORD);
            Browser.Page wrong = learnerBrowser.post("/sessions/" + world.online + "/checkin",
                    Map.of("code", code.equals("000000") ? "111111" : "000000"));
            Browser.Page right = learnerBrowser.post("/sessions/" + world.online + "/checkin", Map.of("code", code));
            Browser.Page again = learnerBrowser.post("/sessions/" + world.online + "/checkin", Map.of("code", code));
            Browser.Page done = learnerBrowser.get(right.location());

            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.html()).contains("Це не той код, що показано на занятті.");
            assertThat(right.status()).isEqualTo(303);
            assertThat(again.status()).isEqualTo(303);
            assertThat(done.html()).contains("Вас позначено присутнім.");
        } finally {
            learnerBrowser.close();
        }
        Browser.Page live = browser.get(hostPage + "/joins");

        assertThat(opened.status()).isEqualTo(303);
        assertThat(hostJoin.location()).isEqualTo(ZOOM);
        assertThat(live.html()).contains("Марія Онлайн").contains("Оксана Тренерка").contains("ведучий")
                .doesNotContain("<html");
        assertThat(shown.html()).contains("data-refresh=\"" + hostPage + "/joins\"").contains("meetings-live");
        Map<String, Object> learnerRow = joins().stream().filter(p -> p.get("userId").equals(learner.toString())).findFirst().orElseThrow();
        assertThat((List<?>) learnerRow.get("checkins")).hasSize(1);
        assertThat(learnerRow).containsEntry("joins", 0);
        assertThat(joins()).filteredOn(p -> Boolean.TRUE.equals(p.get("moderator"))).hasSize(1);
    }

    private List<Map<String, Object>> confirm(String uri, Map<String, Object> body) {
        return api.http().retrieve(Api.authorised(HttpRequest.POST(uri, body), world.blended.trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @Test
    void theHostConfirmsCompanionsOfSomeoneWhoJoinedOnceHoweverOftenAsked() {
        String companionEmail = world.blended.learnerInCohort("Петро Поруч", Instant.now().plus(10, ChronoUnit.DAYS));
        UUID companion = userId(companionEmail);
        String outsider = Api.id(api.createUser(world.blended.admin, "Не з групи", world.blended.provider, "LEARNER")).toString();
        String learnerToken = api.login(learnerEmail, Api.PASSWORD);
        Map<String, Object> body = Map.of("hostUserId", learner.toString(), "userIds", List.of(companion.toString()));
        String uri = "/api/sessions/" + world.online + "/companions";

        var beforeJoin = api.post(world.blended.trainer, uri, body);
        browser.signIn(learnerEmail, Api.PASSWORD);
        browser.get("/sessions/" + world.online + "/join");
        List<Map<String, Object>> first = confirm(uri, body);
        List<Map<String, Object>> repeated = confirm(uri, body);
        var notMember = api.post(world.blended.trainer, uri, Map.of("hostUserId", learner.toString(), "userIds", List.of(outsider)));
        var byLearner = api.post(learnerToken, uri, body);

        assertThat(beforeJoin.code()).isEqualTo(422);
        assertThat(first).singleElement().satisfies(c -> assertThat(c).containsEntry("userId", companion.toString())
                .containsEntry("name", "Петро Поруч").containsEntry("hostUserId", learner.toString()));
        assertThat(repeated).isEqualTo(first);
        assertThat(notMember.code()).isEqualTo(422);
        assertThat(byLearner.code()).isEqualTo(403);
        assertThat(joins()).filteredOn(p -> p.get("userId").equals(companion.toString())).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("companionOf", learner.toString()).containsEntry("joins", 0));
    }
}
