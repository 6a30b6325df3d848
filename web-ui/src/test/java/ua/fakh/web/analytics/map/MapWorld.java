package ua.fakh.web.analytics.map;

import io.micronaut.http.HttpResponse;
import ua.fakh.core.analytics.boundaries.BoundaryFiles;
import ua.fakh.core.testing.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A hand-built oblast for the map tests, made through the API as an administrator would: an oblast
 * (no code of its own: its tile is found from the codes below it) with hromadas Північна (6 people
 * completed the course), Південна (2: a small cell) and Тиха (nobody), each with a KATOTTG code new
 * to this run, so suites can share one database; an HR of the oblast; a one-lesson course.
 */
public final class MapWorld {
    public final Api api;
    public final String admin;
    public final UUID oblast;
    public final UUID course;
    public final String hrEmail;
    /** KATOTTG code by hromada name. */
    public final Map<String, String> codes = new HashMap<>();

    private final UUID provider;
    private final String trainer;
    private final UUID lesson;

    public MapWorld(Api api) {
        this.api = api;
        admin = api.adminToken();
        provider = Api.id(api.createOrganization(admin, Api.unique("Центр навчання"), "PROVIDER", null));
        trainer = api.login((String) api.createUser(admin, "Оксана Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        oblast = Api.id(api.createOrganization(admin, Api.unique("Вінницька область"), "OBLAST", null));
        UUID[] published = course();
        course = published[0];
        lesson = published[1];
        hromada("Північна", 6);
        hromada("Південна", 2);
        hromada("Тиха", 0);
        hrEmail = (String) api.createUser(admin, "Ганна Кадровичка", oblast, "HR").get("email");
    }

    /** The boundary file of Північна and Південна (Тиха has none): two squares near Vinnytsia. */
    public byte[] boundaries() {
        return BoundaryFiles.collection(
                BoundaryFiles.feature("katottg", codes.get("Північна"), BoundaryFiles.square(28.40, 49.30, 0.10)),
                BoundaryFiles.feature("katottg", codes.get("Південна"), BoundaryFiles.square(28.40, 49.15, 0.10)));
    }

    private void hromada(String name, int trained) {
        String code = newCode();
        Map<String, Object> body = new HashMap<>(Map.of("name", Api.unique(name + " громада"), "kind", "HROMADA",
                "parentId", oblast.toString(), "katottg", code, "hromadaKind", "RURAL"));
        UUID hromada = Api.id(check(api.post(admin, "/api/organizations", body)));
        codes.put(name, code);
        for (int i = 0; i < trained; i++) {
            String learner = api.login((String) api.createUser(admin, "Слухачка " + name, hromada, "LEARNER").get("email"), Api.PASSWORD);
            UUID enrollment = Api.id(check(api.post(learner, "/api/courses/" + course + "/enrollments", Map.of())));
            api.get(learner, "/api/lessons/" + lesson);
            Map<String, Object> done = check(api.post(learner, "/api/enrollments/" + enrollment + "/lessons/" + lesson + "/complete", Map.of()));
            if (!"COMPLETED".equals(done.get("status"))) {
                throw new AssertionError("not completed: " + done);
            }
        }
    }

    /** {course, lesson}: an open course of one text lesson. */
    private UUID[] course() {
        Map<String, Object> body = new HashMap<>(Map.of("title", Api.unique("Ведення випадку"), "summary", "Опис",
                "hours", 8, "outcomes", List.of("Веде випадок"), "language", "uk", "providerId", provider.toString(),
                "enrollmentPolicy", "OPEN"));
        UUID id = Api.id(check(api.post(trainer, "/api/courses", body)));
        UUID section = Api.id(check(api.post(trainer, "/api/courses/" + id + "/sections", Map.of("title", "Розділ"))));
        UUID text = Api.id(check(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст",
                "type", "content_markdown", "content", Map.of("markdown", "Зміст")))));
        check(api.post(trainer, "/api/courses/" + id + "/publish", Map.of()));
        return new UUID[]{id, text};
    }

    /** A hromada-level code of Vinnytsia oblast no other run has used: random raion and hromada digits. */
    private static String newCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("UA05%02d%03d00000%05d", random.nextInt(10, 100), random.nextInt(100, 1000), random.nextInt(100000));
    }

    private static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body();
    }
}
