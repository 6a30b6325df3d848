package ua.fakh.web.admin.users;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.nio.charset.Charset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ImportIT extends PageTest {

    @BeforeEach
    void signIn() {
        browser.signInAsAdmin();
    }

    @Test
    void pastedLinesAreImportedWithAReportByLine() {
        UUID org = newProvider();
        String first = Api.unique("stepan") + "@test.fakh";
        String csv = "email,fullName,organizationId,roles\n"
                + first + ",Степан Руденко," + org + ",LEARNER\n"
                + "broken-line\n"
                + Browser.ADMIN_EMAIL + ",Адміністратор," + org + ",ADMIN\n";

        Browser.Page page = upload(MultipartBody.builder().addPart("csv", csv)
                .addPart("file", "", MediaType.TEXT_PLAIN_TYPE, new byte[0]).build());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Створено: 1").contains("Пропущено (електронна пошта вже є): 1")
                .contains("Рядків із помилками: 1").contains("<td data-label=\"Рядок\">3</td>").contains("Степан Руденко").contains(first)
                .contains("Запрошені люди").doesNotContain("class=\"secret\"");
    }

    @Test
    void aWindows1251FileIsReadAsCyrillic() {
        UUID org = newProvider();
        String email = Api.unique("lesia") + "@test.fakh";
        byte[] file = (email + ";Леся Українка;" + org + ";LEARNER\r\n").getBytes(Charset.forName("windows-1251"));

        Browser.Page page = upload(MultipartBody.builder().addPart("csv", "")
                .addPart("file", "people.csv", MediaType.TEXT_PLAIN_TYPE, file).build());

        assertThat(page.html()).contains("Створено: 1").contains("Леся Українка");
        assertThat(users.findByEmail(email).orElseThrow().fullName()).isEqualTo("Леся Українка");
    }

    @Test
    void anUploadWithoutTheTokenIsRefused() {
        Browser.Page page = browser.send(HttpRequest.POST("/admin/users/import",
                        MultipartBody.builder().addPart("csv", "x@y.z,X,1,LEARNER").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));

        assertThat(page.status()).isEqualTo(403);
    }

    private Browser.Page upload(MultipartBody body) {
        return browser.send(HttpRequest.POST("/admin/users/import?_csrf=" + browser.csrfToken(), body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
