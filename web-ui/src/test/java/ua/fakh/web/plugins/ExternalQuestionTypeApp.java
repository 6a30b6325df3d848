package ua.fakh.web.plugins;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import ua.fakh.core.plugins.PluginJar;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fakh started with the key-word question type's jar on its class path and nothing else changed,
 * and a published course whose quiz asks one question of that type (key word "безпек").
 */
public final class ExternalQuestionTypeApp implements AutoCloseable {
    public static final String TYPE = "qtype_keyword";

    private final URLClassLoader loader;
    private final ApplicationContext context;
    public final EmbeddedServer server;
    public final HttpClient client;
    public final Api api;
    public final UUID quiz;
    public final UUID question;
    private final UUID course;
    private final LearnWorld learn;

    public ExternalQuestionTypeApp() {
        try {
            Path work = Files.createTempDirectory("fakh-qtype-keyword");
            Path jar = PluginJar.build(work, "fakh-qtype-keyword", Map.of(KeywordQuestionSources.CLASS, KeywordQuestionSources.SOURCE),
                    KeywordQuestionSources.RESOURCES);
            loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, ExternalQuestionTypeApp.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = ApplicationContext.builder().classLoader(loader).environments("test").start();
        server = context.getBean(EmbeddedServer.class).start();
        client = context.createBean(HttpClient.class, server.getURL());
        api = new Api(client);
        LearnWorld learn = new LearnWorld(api);
        course = learn.publishedCourse("OPEN", null).id();
        question = Api.id(check(api.post(learn.trainer, "/api/courses/" + course + "/questions", Map.of("type", TYPE,
                "title", "Ключове", "text", "Що ви складете разом з родиною в кризі?", "category", "Зовнішні",
                "definition", Map.of("keyword", "безпек")))));
        UUID section = Api.id(check(api.post(learn.trainer, "/api/courses/" + course + "/sections", Map.of("title", "Тест"))));
        quiz = Api.id(check(api.post(learn.trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Тест із ключовим словом",
                "type", "content_quiz", "content", Map.of("questionIds", List.of(question.toString()), "showAnswers", "AFTER_SUBMIT")))));
        check(api.post(learn.trainer, "/api/courses/" + course + "/publish", Map.of()));
        this.learn = learn;
    }

    /** A learner enrolled in the course; returns the e-mail (password {@link Api#PASSWORD}). */
    public String enrolledLearner() {
        String email = learn.newLearner();
        check(api.post(api.login(email, Api.PASSWORD), "/api/courses/" + course + "/enrollments", Map.of()));
        return email;
    }

    /** The attempt as its owner reads it through the API. */
    public Map<String, Object> attempt(String email, UUID attemptId) {
        return check(api.get(api.login(email, Api.PASSWORD), "/api/attempts/" + attemptId));
    }

    /** The type as a class of the plugin's own loader: the test class path does not have it. */
    public Class<?> pluginClass() throws ClassNotFoundException {
        return Class.forName(KeywordQuestionSources.CLASS, false, loader);
    }

    public HttpResponse<byte[]> staticFile(String path) {
        return client.toBlocking().exchange(HttpRequest.GET(path), byte[].class);
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.stop();
        context.close();
        loader.close();
    }

    private static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body();
    }
}
