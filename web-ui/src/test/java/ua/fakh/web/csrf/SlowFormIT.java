package ua.fakh.web.csrf;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form whose body arrives after its headers (as browsers often send it) still passes the CSRF
 * check and reaches the controller: the check waits for the body without losing it. Written on a
 * raw socket, because HTTP clients send small bodies together with the headers.
 */
@MicronautTest(transactional = false)
class SlowFormIT extends PageTest {

    @Test
    void aFormBodyArrivingAfterItsHeadersIsCheckedAndStillBound() throws Exception {
        browser.get("/signin");
        String token = browser.csrfToken();
        String browserId = browser.cookie("fakh_csrf");
        String first = "_csrf=" + token + "&email=" + Browser.encode(Browser.ADMIN_EMAIL);
        String second = "&password=" + Browser.encode(Browser.ADMIN_PASSWORD) + "&next=%2Fprofile";

        for (int i = 0; i < 3; i++) {
            String response = postInTwoParts(browserId, first, second);
            assertThat(response).startsWith("HTTP/1.1 303").containsIgnoringCase("location: /profile");
        }
    }

    private String postInTwoParts(String browserId, String first, String second) throws IOException, InterruptedException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            int length = (first + second).getBytes(StandardCharsets.UTF_8).length;
            out.write(("POST /signin HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nAccept: text/html\r\n"
                    + "Cookie: fakh_csrf=" + browserId + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(200);
            out.write(first.getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(200);
            out.write(second.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
