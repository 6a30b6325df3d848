package ua.fakh.courses.registration;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many people registering at once never oversell the seats; HR registers its own staff and only them, line by line. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class CrowdAndStaffRegistrationIT {
    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    RegistrationWorld world;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        world = new RegistrationWorld(api);
    }

    private void open(int capacity) {
        assertThat(world.open(capacity, Instant.now().plus(7, ChronoUnit.DAYS)).code()).isEqualTo(200);
    }

    private Map<String, Object> list() {
        return world.registrations();
    }

    @Test
    void fiftyAtOnceForTenSeatsSeatTenAndQueueFortyInOneOrder() throws Exception {
        open(10);
        List<Map<String, Object>> people = world.learners(50);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<HttpResponse<Map<String, Object>>>> answers = new ArrayList<>();
        try {
            for (Map<String, Object> person : people) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return world.register((String) person.get("token"));
                }));
            }
            start.countDown();
            List<Map<String, Object>> bodies = new ArrayList<>();
            for (var answer : answers) {
                HttpResponse<Map<String, Object>> response = answer.get();
                assertThat(response.code()).isEqualTo(201);
                bodies.add(response.body());
            }
            assertThat(bodies.stream().filter(b -> "SEATED".equals(b.get("state")))).hasSize(10);
            assertThat(bodies.stream().filter(b -> "WAITING".equals(b.get("state"))).map(b -> b.get("position")))
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> list = list();
        List<Map<String, Object>> seated = (List<Map<String, Object>>) list.get("seated");
        List<Map<String, Object>> waiting = (List<Map<String, Object>>) list.get("waiting");
        assertThat(seated).hasSize(10);
        assertThat(waiting).extracting(w -> w.get("position"))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        HashSet<Object> everyone = new HashSet<>();
        seated.forEach(s -> everyone.add(s.get("userId")));
        waiting.forEach(w -> everyone.add(w.get("userId")));
        assertThat(everyone).hasSize(50);
        assertThat((Map<String, Object>) list.get("registration")).containsEntry("seatsTaken", 10).containsEntry("waiting", 40);
    }

    @Test
    void hrRegistersItsStaffInOrderAndIsRefusedForOthersLineByLine() {
        open(2);
        UUID school = Api.id(api.createOrganization(world.admin, Api.unique("Школа"), "INSTITUTION", world.hromada));
        UUID elsewhere = Api.id(api.createOrganization(world.admin, Api.unique("Інша громада"), "HROMADA", world.oblast));
        String hr = api.login((String) api.createUser(world.admin, "Кадровичка", world.hromada, "HR").get("email"), Api.PASSWORD);
        List<Map<String, Object>> staff = world.learners(2);
        Map<String, Object> atSchool = world.people(1, school, "LEARNER").get(0);
        Map<String, Object> stranger = world.people(1, elsewhere, "LEARNER").get(0);
        world.register((String) staff.get(0).get("token"));
        List<Object> ids = List.of(staff.get(0).get("id"), stranger.get("id"), staff.get(1).get("id"),
                atSchool.get("id"), UUID.randomUUID().toString());

        HttpResponse<Map<String, Object>> report = api.exchange(Api.authorised(HttpRequest.POST(
                "/api/cohorts/" + world.cohort + "/registrations/bulk", Map.of("userIds", ids)), hr)
                .cookie(Cookie.of("fakh_lang", "en")));

        assertThat(report.code()).isEqualTo(200);
        assertThat(report.body()).containsEntry("seated", 1).containsEntry("waiting", 1).containsEntry("refused", 2);
        assertThat((List<Map<String, Object>>) report.body().get("lines"))
                .extracting(l -> l.get("line") + " " + l.get("outcome") + " " + l.get("position") + " " + l.get("reason"))
                .containsExactly(
                        "1 SEATED null problem.registration.line.alreadyRegistered",
                        "2 REFUSED null problem.registration.line.outsideScope",
                        "3 SEATED null null",
                        "4 WAITING 1 null",
                        "5 REFUSED null problem.registration.line.noSuchUser");
        assertThat(((List<Map<String, Object>>) report.body().get("lines")).get(1))
                .containsEntry("message", "not on the staff of your organisation");
        assertThat(api.get((String) stranger.get("token"), "/api/cohorts/" + world.cohort + "/registrations/mine").body())
                .containsEntry("state", "NONE");
        assertThat((Map<String, Object>) list().get("registration")).containsEntry("seatsTaken", 2).containsEntry("waiting", 1);
    }

    @Test
    void aBulkRequestThatCannotRunWritesNothing() {
        String hr = api.login((String) api.createUser(world.admin, "Кадровик", world.hromada, "HR").get("email"), Api.PASSWORD);
        List<Object> ids = List.of(world.learners(1).get(0).get("id"));
        String uri = "/api/cohorts/" + world.cohort + "/registrations/bulk";
        assertThat(api.post(hr, uri, Map.of("userIds", ids)).code()).isEqualTo(404); // not opened
        assertThat(api.post(world.trainer, uri, Map.of("userIds", ids)).code()).isEqualTo(403);
        api.put(world.trainer, "/api/cohorts/" + world.cohort + "/registration",
                Map.of("capacity", 5, "closesAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString()));
        assertThat(api.post(hr, uri, Map.of("userIds", ids)).code()).isEqualTo(409);
        assertThat((Map<String, Object>) list().get("registration")).containsEntry("seatsTaken", 0).containsEntry("waiting", 0);
    }
}
