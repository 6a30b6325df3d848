package ua.fakh.courses.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.content.CourseWorld;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autosaves that race each other or the submission, through the API: an answer the server took (204) is the one the
 * attempt is graded with, a refused one (409) is nowhere, and two first saves of one question at once keep the newer.
 * The usual autosave is one statement of its own (no transaction around a locking read), so these are its proof.
 */
@MicronautTest(transactional = false)
class AutosaveRacesIT {
    static final String GIFT = """
            $CATEGORY: Перегони

            ::Вигорання:: Вигорання буває лише у новачків. {F}

            ::Супервізія:: Супервізія захищає від вигорання. {T}

            ::Межі:: Особисті межі потрібні й у кризовій роботі. {T}
            """;
    static final int SAVERS = 6;

    @Inject
    @Client("/")
    HttpClient client;

    CourseWorld world;
    Api api;
    String learner;
    UUID quiz;
    ExecutorService pool = Executors.newFixedThreadPool(SAVERS + 1);

    @BeforeEach
    void setUp() {
        world = new CourseWorld(new Api(client));
        api = world.api;
        learner = world.learner;
        UUID course = world.createCourse(world.trainer, Api.unique("Перегони"));
        api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", GIFT)
                .contentType(MediaType.TEXT_PLAIN_TYPE), world.trainer));
        List<Map<String, Object>> bank = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course
                + "/questions"), world.trainer), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        UUID section = world.addSection(world.trainer, course, "Тести");
        quiz = Api.id(world.addLesson(world.trainer, section, "Тест", "content_quiz", Map.of(
                "questionIds", bank.stream().map(q -> q.get("id")).toList(), "passingScorePercent", 60, "role", "GRADED")).body());
        assertThat(api.post(world.trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        assertThat(api.post(learner, "/api/courses/" + course + "/enrollments", Map.of()).code()).isIn(200, 201);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnswerTakenWhileTheSubmissionRacesIsTheOneGraded() throws Exception {
        Map<String, Object> attempt = startAttempt();
        String base = "/api/attempts/" + attempt.get("id");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) attempt.get("questions");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<long[]>>> saving = new ArrayList<>();
        for (int s = 0; s < SAVERS; s++) {
            int saver = s;
            saving.add(pool.submit(() -> { // each saver its own seqs, saving until the submission refuses it
                start.await();
                List<long[]> saves = new ArrayList<>();
                for (int round = 0; round < 300; round++) {
                    int seq = round * SAVERS + saver + 1;
                    Object question = questions.get(seq % questions.size()).get("id");
                    long sent = System.nanoTime();
                    int code = api.put(learner, base + "/answers/" + question,
                            Map.of("response", Map.of("value", seq % 2 == 0), "seq", seq)).code();
                    saves.add(new long[] {seq, code, sent});
                    if (code != 204) {
                        break;
                    }
                }
                return saves;
            }));
        }
        Future<Long> submitted = pool.submit(() -> {
            start.await();
            Thread.sleep(40); // some saves before it, some after
            assertThat(api.post(learner, base + "/submit", Map.of()).code()).isEqualTo(200);
            return System.nanoTime();
        });
        start.countDown();
        long submittedAt = submitted.get();
        Map<Integer, Integer> codeOfSeq = new HashMap<>();
        for (Future<List<long[]>> saver : saving) {
            for (long[] save : saver.get()) {
                codeOfSeq.put((int) save[0], (int) save[1]);
                if (save[2] > submittedAt) {
                    assertThat(save[1]).as("a save sent after the submission was answered").isEqualTo(409);
                }
            }
        }
        assertThat(codeOfSeq.values()).as("each save taken or refused as submitted").allMatch(c -> c == 204 || c == 409)
                .contains(204, 409);

        Map<String, Object> graded = api.get(learner, base).body();
        List<Map<String, Object>> answers = (List<Map<String, Object>>) graded.get("answers");
        for (int q = 0; q < questions.size(); q++) {
            int question = q;
            int newestTaken = codeOfSeq.entrySet().stream().filter(e -> e.getKey() % questions.size() == question)
                    .filter(e -> e.getValue() == 204).mapToInt(Map.Entry::getKey).max().orElse(-1);
            String id = questions.get(q).get("id").toString();
            if (newestTaken < 0) {
                assertThat(answers).noneMatch(a -> a.get("questionId").equals(id));
                continue;
            }
            boolean correct = !questions.get(q).get("text").toString().contains("Вигорання"); // the one false statement
            assertThat(answers).filteredOn(a -> a.get("questionId").equals(id)).singleElement().satisfies(a -> {
                assertThat(((Number) a.get("seq")).intValue()).as("the newest save taken, no refused one").isEqualTo(newestTaken);
                assertThat(a.get("late")).isEqualTo(false);
                assertThat(((Number) a.get("score")).doubleValue() > 0).as("graded as it is stored")
                        .isEqualTo(a.get("response").equals(Map.of("value", correct)));
            });
        }
        double stored = answers.stream().mapToDouble(a -> ((Number) a.get("score")).doubleValue()).sum();
        assertThat(((Number) graded.get("score")).doubleValue()).isEqualTo(stored);
    }

    @Test
    @SuppressWarnings("unchecked")
    void firstSavesOfOneQuestionAtOnceKeepTheNewest() throws Exception {
        Map<String, Object> attempt = startAttempt();
        String base = "/api/attempts/" + attempt.get("id");
        for (Map<String, Object> question : (List<Map<String, Object>>) attempt.get("questions")) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> saves = new ArrayList<>();
            for (int seq = 1; seq <= SAVERS; seq++) {
                int mine = seq;
                saves.add(pool.submit(() -> {
                    start.await();
                    return api.put(learner, base + "/answers/" + question.get("id"),
                            Map.of("response", Map.of("value", mine % 2 == 0), "seq", mine)).code();
                }));
            }
            start.countDown();
            for (Future<Integer> save : saves) {
                assertThat(save.get()).isEqualTo(204);
            }
        }
        List<Map<String, Object>> answers = (List<Map<String, Object>>) api.get(learner, base).body().get("answers");
        assertThat(answers).hasSize(3).allSatisfy(a -> {
            assertThat(((Number) a.get("seq")).intValue()).isEqualTo(SAVERS);
            assertThat(a.get("response")).isEqualTo(Map.of("value", SAVERS % 2 == 0));
        });
    }

    @Test
    void anotherLearnersSaveIsRefusedAfterTheOwnerSaved() {
        Map<String, Object> attempt = startAttempt();
        String base = "/api/attempts/" + attempt.get("id");
        @SuppressWarnings("unchecked")
        Object question = ((List<Map<String, Object>>) attempt.get("questions")).get(0).get("id");
        assertThat(api.put(learner, base + "/answers/" + question, Map.of("response", Map.of("value", true), "seq", 1)).code())
                .isEqualTo(204);
        String other = api.login((String) api.createUser(world.admin, "Інша", world.hromada, "LEARNER").get("email"),
                Api.PASSWORD);
        assertThat(api.put(other, base + "/answers/" + question, Map.of("response", Map.of("value", false), "seq", 2)).code())
                .isEqualTo(403);
        assertThat(api.put(learner, base + "/answers/" + UUID.randomUUID(), Map.of("response", Map.of("value", true), "seq", 3))
                .code()).isEqualTo(404);
        assertThat(api.put(learner, base + "/answers/" + question, Map.of("response", Map.of("value", "maybe"), "seq", 4)).code())
                .isEqualTo(422);
        assertThat(api.put(learner, base + "/answers/" + question, Map.of("response", Map.of("value", false), "seq", -1)).code())
                .isEqualTo(400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = (List<Map<String, Object>>) api.get(learner, base).body().get("answers");
        assertThat(answers).singleElement().satisfies(a -> assertThat(a.get("response")).isEqualTo(Map.of("value", true)));
    }

    private Map<String, Object> startAttempt() {
        return api.post(learner, "/api/lessons/" + quiz + "/attempts", Map.of()).body();
    }
}
