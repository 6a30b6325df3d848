package ua.fakh.courses.content;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.testing.Api;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A connection cut in the middle of an upload leaves neither a stored file nor a material row. */
@MicronautTest(transactional = false)
class InterruptedUploadIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    EmbeddedServer server;
    @Inject
    FakhSettings settings;

    @Test
    void aCutConnectionLeavesNothingBehind() throws Exception {
        Api api = new Api(client);
        CourseWorld world = new CourseWorld(api);
        UUID course = world.createCourse(world.trainer, "Обірване завантаження");

        String boundary = "fakh" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Лекція.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        int declared = 2 * 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/courses/" + course + "/materials HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + world.trainer + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                    + "Content-Length: " + declared + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(head);
            out.write(CourseWorld.pdf());
            out.write(new byte[256 * 1024]);
            out.flush();
            Thread.sleep(300);
        }
        Thread.sleep(1500);

        var materials = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/materials"), world.trainer),
                Argument.listOf(Map.class));
        assertThat(materials).isEmpty();
        assertThat(CourseAuthoringIT.filesUnder(settings.dataDir().resolve("blobs/courses/" + course))).isEmpty();
    }
}
