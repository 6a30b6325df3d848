package ua.fakh.web.admin.organizations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.organizations.OrganizationFactsCsv;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts spreadsheet page: download, upload, every wrong cell listed and nothing changed. */
@MicronautTest(transactional = false)
class OrganizationFactsPageIT extends PageTest {
    String admin;
    UUID hromada;
    String hromadaName;

    @BeforeEach
    void signIn() {
        browser.signInAsAdmin();
        admin = api.adminToken();
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromadaName = Api.unique("Бердичівська громада");
        hromada = Api.id(api.createOrganization(admin, hromadaName, "HROMADA", oblast));
    }

    @Test
    void thePageOffersTheFileAndExplainsTheColumns() {
        Browser.Page page = browser.get("/admin/organizations/facts");
        byte[] file = browser.download("/admin/organizations/facts.csv");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("href=\"/admin/organizations/facts.csv\"", "<code>hromada_kind</code>", "не більше 2 МБ");
        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("\uFEFF\"organization\";").contains(hromadaName);
        assertThat(browser.get("/admin/organizations").html()).contains("href=\"/admin/organizations/facts\"", "href=\"/admin/institution-kinds\"");
    }

    @Test
    void aGoodFileInWindows1251IsAppliedAndCounted() {
        byte[] file = ("organization;hromada_kind;staff_headcount\r\n\"" + hromadaName + "\";TOWN;25\r\n").getBytes(Charset.forName("windows-1251"));

        Browser.Page page = upload(file);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Організацій у файлі: 1; змінено: 1.");
        assertThat(api.get(admin, "/api/organizations/" + hromada).body()).containsEntry("hromadaKind", "TOWN").containsEntry("staffHeadcount", 25);
    }

    @Test
    void aFileWithWrongLinesListsEveryWrongCellAndChangesNothing() {
        byte[] file = ("\uFEFForganization,hromada_kind,staff_headcount\n" + hromada + ",CITY,10\nНемає такої,TOWN,\n" + hromada + ",,x\n")
                .getBytes(StandardCharsets.UTF_8);

        Browser.Page page = upload(file);

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html()).contains("У файлі помилок: 2; нічого не змінено.")
                .contains("<td data-label=\"Рядок\">3</td>", "<code>organization</code>", "немає організації з таким ЄДРПОУ")
                .contains("<td data-label=\"Рядок\">4</td>", "ця організація вже є в рядку 2");
        assertThat(api.get(admin, "/api/organizations/" + hromada).body()).containsEntry("hromadaKind", null);
    }

    @Test
    void noFileOrATooLargeOneIsRefusedReadably() {
        Browser.Page none = upload(new byte[0]);
        Browser.Page tooLarge = upload(("organization\n" + "x".repeat(OrganizationFactsCsv.MAX_BYTES)).getBytes(StandardCharsets.UTF_8));

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.html()).contains("Виберіть файл CSV.");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.html()).contains("Файл більший за 2 МБ.");
    }

    private Browser.Page upload(byte[] file) {
        MultipartBody body = MultipartBody.builder().addPart("file", "facts.csv", MediaType.TEXT_PLAIN_TYPE, file).build();
        return browser.send(HttpRequest.POST("/admin/organizations/facts?_csrf=" + browser.csrfToken(), body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
