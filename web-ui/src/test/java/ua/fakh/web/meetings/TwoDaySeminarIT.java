package ua.fakh.web.meetings;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.plugins.meeting_bigbluebutton.BigBlueButtonDouble;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 end to end: a regional online seminar-training for 264 people of 67 hromadas over two days
 * on BigBlueButton. The trainer sets it up, HR of the oblast registers its staff (four more than the
 * seats: a waiting list, which moves up when two cancel), everyone joins through Fakh, BigBlueButton
 * (the double, which checks every checksum) reports each day's minutes — the second day's report twice,
 * as a server retrying does — the course's rule marks who was present, those present at enough of
 * the seminar who pass the post-test get certificates with the hours of the days they attended, and
 * the session report says who joined, for how long, and why anyone was not counted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
class TwoDaySeminarIT extends PageTest implements TestPropertyProvider {
    private static final int HROMADAS = 67;
    private static final int SEATS = 264;
    /** Two six-hour days, the first three days ago at 09:00 Kyiv time. */
    private static final Instant DAY_ONE = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(3, ChronoUnit.DAYS).plus(7, ChronoUnit.HOURS);
    private static final Instant DAY_TWO = DAY_ONE.plus(1, ChronoUnit.DAYS);
    private static final long SESSION_MINUTES = 360;

    private final BigBlueButtonDouble bbb = new BigBlueButtonDouble();
    private final HttpClient toTheMeeting = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    Outbox outbox;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.plugins.meeting_bigbluebutton.url", bbb.url(),
                "fakh.plugins.meeting_bigbluebutton.secret", BigBlueButtonDouble.SECRET);
    }

    @AfterAll
    void stopDouble() {
        assertThat(bbb.violations).isEmpty();
        bbb.close();
    }

    /** A member of the seminar and what they do: days present (by the rule), and whether they pass the post-test. */
    private record Person(UUID id, String email, String name, boolean dayOne, boolean dayTwo, boolean passes) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoHundredSixtyFourFromSixtySevenHromadasJoinAreMeasuredAndCertifiedForTheHoursTheyWereThere() throws Exception {
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Обласний центр соціальних служб"), "PROVIDER", null));
        String trainerEmail = (String) api.createUser(admin, "Ірина Модераторка", provider, "TRAINER").get("email");
        String trainer = api.login(trainerEmail, Api.PASSWORD);
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Полтавська область"), "OBLAST", null));
        String hr = api.login((String) api.createUser(admin, "Обласна кадровичка", oblast, "HR").get("email"), Api.PASSWORD);

        // the course: 16 hours, of which the two online days are 12; present at a day = there for 75 % of it
        UUID course = Api.id(check(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", Api.unique("Онлайн-семінар-тренінг"),
                "summary", "Два дні наживо онлайн і підсумковий тест", "hours", 16, "outcomes", List.of("Веде випадок"),
                "language", "uk", "providerId", provider.toString(), "enrollmentPolicy", "TRAINER")))));
        UUID section = Api.id(check(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Модуль"))));
        check(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import",
                "$CATEGORY: Тест\n\n::Q1::План допомоги складають разом з отримувачем. {T}\n").contentType(MediaType.TEXT_PLAIN_TYPE), trainer)));
        UUID postTest = Api.id(check(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Підсумковий тест",
                "type", "content_quiz", "content", Map.of("category", "Тест", "randomCount", 1, "role", "POST_TEST",
                        "passingScorePercent", 100)))));
        check(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()));
        check(api.put(trainer, "/api/courses/" + course + "/attendance-rule", Map.of("presentPercent", 75)));
        UUID cohort = Api.id(check(api.post(trainer, "/api/courses/" + course + "/cohorts",
                Map.of("name", "Полтавщина, онлайн", "minAttendancePercent", 50))));
        UUID dayOne = onlineSession(trainer, cohort, "День перший", DAY_ONE);
        UUID dayTwo = onlineSession(trainer, cohort, "День другий", DAY_TWO);
        assertThat(bbb.callsOf("create")).hasSize(2);

        // registration: 264 seats; HR registers 268 of its staff, four to a hromada
        check(api.put(trainer, "/api/cohorts/" + cohort + "/registration",
                Map.of("capacity", SEATS, "closesAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())));
        List<Map<String, Object>> staff = new ArrayList<>();
        for (int h = 0; h < HROMADAS; h++) {
            UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Громада " + h), "HROMADA", oblast));
            for (int i = 0; i < 4; i++) {
                staff.add(api.createUser(admin, "Фахівчиня " + h + "-" + i, hromada, "LEARNER"));
            }
        }
        Map<String, Object> bulk = check(api.post(hr, "/api/cohorts/" + cohort + "/registrations/bulk",
                Map.of("userIds", staff.stream().map(p -> p.get("id")).toList())));
        assertThat(bulk).containsEntry("seated", SEATS).containsEntry("waiting", 4).containsEntry("refused", 0);

        // two cancel: the first two waiting take their seats
        for (Map<String, Object> leaving : staff.subList(0, 2)) {
            String token = api.login((String) leaving.get("email"), Api.PASSWORD);
            assertThat(api.exchange(Api.authorised(HttpRequest.DELETE("/api/cohorts/" + cohort + "/registrations/mine"), token)).code())
                    .isLessThan(300);
        }
        Map<String, Object> registrations = check(api.get(trainer, "/api/cohorts/" + cohort + "/registrations"));
        List<Map<String, Object>> seated = (List<Map<String, Object>>) registrations.get("seated");
        List<Map<String, Object>> waiting = (List<Map<String, Object>>) registrations.get("waiting");
        assertThat(seated).hasSize(SEATS);
        assertThat(seated).extracting(s -> s.get("userId")).contains(staff.get(SEATS).get("id"), staff.get(SEATS + 1).get("id"))
                .doesNotContain(staff.get(0).get("id"), staff.get(1).get("id"));
        assertThat(waiting).extracting(w -> w.get("position") + " " + w.get("userId"))
                .containsExactly("1 " + staff.get(SEATS + 2).get("id"), "2 " + staff.get(SEATS + 3).get("id"));

        // who does what, by place on the seat list: 0-19 at both days but below the rule on day two;
        // 20-29 never joined day one; 30-34 at both days, failing the post-test; 35-253 at both days;
        // 254-263 never joined at all
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < SEATS; i++) {
            Map<String, Object> s = seated.get(i);
            people.add(new Person(UUID.fromString((String) s.get("userId")), (String) s.get("email"), (String) s.get("name"),
                    i < 20 || (i >= 30 && i < 254), i < 254, i < 30 || i >= 35));
        }
        List<Person> belowOnDayTwo = people.subList(0, 20);
        List<Person> joined = people.subList(0, 254);

        // they join through Fakh (day one only those who were there: the others never asked for its link)
        // and take the post-test before the meetings' reports arrive
        for (Person person : joined) {
            try (Browser own = new Browser(server)) {
                own.signIn(person.email(), Api.PASSWORD);
                if (person.dayOne()) {
                    join(own, dayOne);
                }
                join(own, dayTwo);
            }
            takePostTest(api.login(person.email(), Api.PASSWORD), postTest, person.passes());
        }
        try (Browser host = new Browser(server)) {
            host.signIn(trainerEmail, Api.PASSWORD);
            assertThat(join(host, dayTwo)).contains("role=MODERATOR");
        }
        List<Map<String, Object>> live = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/sessions/" + dayTwo + "/joins"), trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(live.stream().filter(p -> !"Ірина Модераторка".equals(p.get("name")))).hasSize(254);
        assertThat(bbb.meetings.get(roomOf(dayOne)).joined()).hasSize(244);

        // BigBlueButton reports each day when it ends; day two's report comes twice
        report(dayOne, DAY_ONE, people.stream().filter(Person::dayOne).map(p -> stretches(p, DAY_ONE, true)).toList());
        deliverEverything();
        // one day counted is enough for the cohort's 50 %, but nobody completes before day two is counted too
        assertThat(certificatesOf(course, trainer)).isEmpty();
        List<Map<String, Object>> dayTwoAttendees = people.stream().filter(Person::dayTwo)
                .map(p -> stretches(p, DAY_TWO, !belowOnDayTwo.contains(p))).collect(Collectors.toCollection(ArrayList::new));
        dayTwoAttendees.add(BigBlueButtonDouble.attendee("dial-in-1", "Телефон", false,
                List.<Instant[]>of(new Instant[]{DAY_TWO, DAY_TWO.plus(SESSION_MINUTES, ChronoUnit.MINUTES)})));
        report(dayTwo, DAY_TWO, dayTwoAttendees);
        report(dayTwo, DAY_TWO, dayTwoAttendees);
        deliverEverything();

        // certificates: present at both days 16 hours; at one of the two (50 %, the cohort's minimum) 10
        Map<String, Double> hoursByName = certificatesOf(course, trainer).stream()
                .collect(Collectors.toMap(c -> (String) c.get("holderName"), c -> ((Number) c.get("hours")).doubleValue()));
        Map<String, Double> expected = new HashMap<>();
        for (Person person : people) {
            int days = (person.dayOne() ? 1 : 0) + (person.dayTwo() && !belowOnDayTwo.contains(person) ? 1 : 0);
            if (person.passes() && days > 0) {
                expected.put(person.name(), days == 2 ? 16.0 : 10.0);
            }
        }
        assertThat(expected).hasSize(249); // 254 joined, 5 failed the test
        assertThat(hoursByName).isEqualTo(expected);

        // the session report of day two: who joined, for how long, and why anyone was not counted
        Map<String, Object> report = check(api.get(trainer, "/api/sessions/" + dayTwo + "/attendance-report"));
        Map<String, Map<String, Object>> lineByUser = ((List<Map<String, Object>>) report.get("lines")).stream()
                .collect(Collectors.toMap(l -> (String) l.get("userId"), l -> l));
        assertThat(lineByUser).hasSize(SEATS);
        Person full = people.get(40);
        Person below = belowOnDayTwo.get(0);
        Person never = people.get(260);
        assertThat(lineByUser.get(full.id().toString())).containsEntry("minutes", (int) SESSION_MINUTES).containsEntry("present", true);
        assertThat(lineByUser.get(below.id().toString())).containsEntry("minutes", 180).containsEntry("present", false);
        assertThat((String) lineByUser.get(below.id().toString()).get("note")).contains("180 з 360");
        assertThat((String) lineByUser.get(never.id().toString()).get("note")).isEqualTo("не приєднувався");
        String csv = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/sessions/" + dayTwo + "/attendance-report.csv"), trainer),
                String.class);
        assertThat(csv.lines().count()).isEqualTo(SEATS + 1);
        assertThat(csv).contains(below.name()).contains("нижче правила: 180 з 360 хв").contains(never.name()).contains("не приєднувався");
    }

    @SuppressWarnings("unchecked")
    private UUID onlineSession(String trainer, UUID cohort, String title, Instant startsAt) {
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) check(api.post(trainer, "/api/cohorts/" + cohort + "/sessions",
                Map.of("title", title, "startsAt", startsAt.toString(), "hours", 6, "mode", "ONLINE",
                        "meetingProvider", "meeting_bigbluebutton"))).get("sessions");
        return sessions.stream().filter(s -> s.get("title").equals(title)).map(Api::id).findFirst().orElseThrow();
    }

    /** Through Fakh's join page (logged, 303) and on to the meeting, which admits the signed join. */
    private String join(Browser own, UUID session) throws IOException, InterruptedException {
        Browser.Page page = own.get("/sessions/" + session + "/join");
        assertThat(page.status()).isEqualTo(303);
        HttpResponse<Void> admitted = toTheMeeting.send(java.net.http.HttpRequest.newBuilder(URI.create(page.location())).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(admitted.statusCode()).as("BigBlueButton admits %s", page.location()).isEqualTo(302);
        return page.location();
    }

    /** The meeting created for the session: the one whose report address (its callback metadata) names it. */
    private String roomOf(UUID session) {
        return bbb.meetings.values().stream()
                .filter(m -> m.metadata().values().stream().anyMatch(v -> v.endsWith("/api/public/meetings/" + session + "/report")))
                .map(BigBlueButtonDouble.Meeting::meetingId).findFirst().orElseThrow();
    }

    private Map<String, Object> stretches(Person person, Instant start, boolean full) {
        Instant end = start.plus(full ? SESSION_MINUTES : SESSION_MINUTES / 2, ChronoUnit.MINUTES);
        return BigBlueButtonDouble.attendee(person.id().toString(), person.name(), false, List.<Instant[]>of(new Instant[]{start, end}));
    }

    private void report(UUID session, Instant start, List<Map<String, Object>> attendees) {
        String room = roomOf(session);
        byte[] body = BigBlueButtonDouble.json(BigBlueButtonDouble.analyticsReport(room, bbb.meetings.get(room).internalMeetingId(),
                start, start.plus(SESSION_MINUTES, ChronoUnit.MINUTES), attendees));
        assertThat(api.exchange(HttpRequest.POST("/api/public/meetings/" + session + "/report", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Authorization", BigBlueButtonDouble.bearer(BigBlueButtonDouble.SECRET, Instant.now().plusSeconds(3600)))).code())
                .isEqualTo(200);
    }

    private List<Map<String, Object>> certificatesOf(UUID course, String trainer) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/certificates"), trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** Delivers what the outbox holds (measuring attendance, completions, certificates) until nothing is left. */
    private void deliverEverything() {
        for (int i = 0; i < 20; i++) {
            outbox.deliverDue();
        }
    }

    @SuppressWarnings("unchecked")
    private void takePostTest(String token, UUID postTest, boolean correctly) {
        Map<String, Object> attempt = check(api.post(token, "/api/lessons/" + postTest + "/attempts", Map.of()));
        Map<String, Object> question = ((List<Map<String, Object>>) attempt.get("questions")).get(0);
        check(api.put(token, "/api/attempts/" + Api.id(attempt) + "/answers/" + question.get("id"),
                Map.of("response", Map.of("value", correctly), "seq", 1)));
        check(api.post(token, "/api/attempts/" + Api.id(attempt) + "/submit", Map.of()));
    }

    private static Map<String, Object> check(io.micronaut.http.HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body() == null ? Map.of() : response.body();
    }
}
