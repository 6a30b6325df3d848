package ua.fakh.web.verify;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Addresses;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The QR page, its PDF upload and the public API draw from one limit per client address (the test
 * client plays a trusted proxy, so each test is an address of its own).
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.public-rate-limit", value = "4")
@Property(name = "fakh.trusted-proxies", value = "127.0.0.1/32, ::1/128")
class VerifyPageLimitIT extends PageTest {
    private static final String CODE = "0".repeat(26);

    @Test
    void theVerifyPageAndItsPdfUploadShareThePublicApisLimit() {
        String address = Addresses.uniqueIpv4();
        assertThat(browser.send(from(address, HttpRequest.GET("/verify/" + CODE))).status()).isEqualTo(404);
        assertThat(upload(address).status()).isEqualTo(404);
        assertThat(api.exchange(from(address, HttpRequest.GET("/api/public/certificates/" + CODE))).code()).isEqualTo(404);
        assertThat(api.exchange(from(address, HttpRequest.POST("/api/public/certificates/verify",
                Map.of("codes", List.of(CODE))))).code()).isEqualTo(200);

        Browser.Page page = browser.send(from(address, HttpRequest.GET("/verify/" + CODE)));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.html()).contains("Забагато спроб");
        assertThat(Long.parseLong(page.headers().get("Retry-After"))).isBetween(1L, 60L);
        assertThat(upload(address).status()).isEqualTo(429);
        HttpResponse<?> apiAnswer = api.exchange(from(address, HttpRequest.GET("/api/public/certificates/" + CODE)));
        assertThat(apiAnswer.code()).isEqualTo(429);
        assertThat(apiAnswer.getHeaders().get("Retry-After")).isNotNull();

        browser.get("/lang/en?next=/");
        assertThat(browser.send(from(address, HttpRequest.GET("/verify/" + CODE))).html()).contains("Too many attempts");
        assertThat(browser.send(from(Addresses.uniqueIpv6(), HttpRequest.GET("/verify/" + CODE))).status()).isEqualTo(404);
    }

    private Browser.Page upload(String address) {
        return browser.send(from(address, HttpRequest.POST("/verify/" + CODE + "/pdf?_csrf=" + browser.csrfToken(),
                MultipartBody.builder().addPart("pdf", "certificate.pdf", MediaType.of("application/pdf"), "%PDF-1.4".getBytes()).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)));
    }

    private static MutableHttpRequest<?> from(String address, MutableHttpRequest<?> request) {
        return request.header("X-Forwarded-For", address);
    }
}
