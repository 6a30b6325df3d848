package ua.fakh.core.organizations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.KatottgCodes;
import ua.fakh.core.testing.StreamedUpload;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Facts of many organizations from one CSV file: all lines or none, every wrong line named. */
@MicronautTest(transactional = false)
class OrganizationFactsCsvIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    EmbeddedServer server;

    Api api;
    String admin;
    String oblastCode;
    UUID oblast;
    UUID district;
    String districtName;
    UUID hromada;
    String hromadaCode;
    UUID institution;
    String edrpou;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        oblastCode = KatottgCodes.oblast("59");
        oblast = create(Map.of("name", Api.unique("Сумська область"), "kind", "OBLAST", "katottg", oblastCode));
        districtName = Api.unique("Сумський район");
        district = create(Map.of("name", districtName, "kind", "DISTRICT", "parentId", oblast.toString()));
        hromadaCode = Api.unique("SUMY").toLowerCase();
        hromada = create(Map.of("name", Api.unique("Сумська громада"), "kind", "HROMADA", "parentId", district.toString(), "code", hromadaCode));
        edrpou = Api.newEdrpou();
        institution = create(Map.of("name", Api.unique("Центр"), "kind", "INSTITUTION", "parentId", hromada.toString(), "edrpou", edrpou));
    }

    @Test
    void aSpreadsheetWithSemicolonsAndAByteOrderMarkSetsEveryFactOfEveryLineInAnyOrder() {
        String districtKatottg = KatottgCodes.district(oblastCode);
        String hromadaKatottg = KatottgCodes.hromada(districtKatottg);
        String csv = "\uFEFForganization;katottg;hromada_kind;institution_kind;frontline_since;deoccupied_since;staff_headcount\r\n"
                + edrpou + ";" + KatottgCodes.settlement(hromadaKatottg) + ";;Centre of social services;;;1 200\r\n"
                + hromadaCode + ";" + hromadaKatottg.toLowerCase() + ";town;;24.02.2022;2022-11-11;300\r\n"
                + "\"" + districtName + "\";" + districtKatottg + ";;;;;\r\n";

        HttpResponse<Map<String, Object>> applied = send(csv);

        assertThat(applied.code()).as("%s", Api.body(applied)).isEqualTo(200);
        assertThat(applied.body()).containsEntry("organizations", 3).containsEntry("changed", 3);
        assertThat(organization(hromada)).containsEntry("katottg", hromadaKatottg).containsEntry("hromadaKind", "TOWN")
                .containsEntry("frontlineSince", "2022-02-24").containsEntry("deoccupiedSince", "2022-11-11").containsEntry("staffHeadcount", 300);
        assertThat(organization(institution)).containsEntry("institutionKind", "social_services_centre").containsEntry("staffHeadcount", 1200);
        assertThat(organization(district)).containsEntry("katottg", districtKatottg);
        assertThat(api.get(admin, "/api/audit?action=ORGANIZATION_FACTS_IMPORTED&size=50").body().get("content").toString()).contains("changed");
    }

    @Test
    void aColumnLeftOutKeepsItsFactAndAnEmptyCellClearsIt() {
        assertThat(send("organization,staff_headcount,hromada_kind\n" + hromada + ",40,CITY\n").code()).isEqualTo(200);

        HttpResponse<Map<String, Object>> applied = send("organization,staff_headcount\n" + hromada + ",\n" + institution + ",5\n");

        assertThat(applied.body()).containsEntry("organizations", 2).containsEntry("changed", 2);
        assertThat(organization(hromada)).containsEntry("staffHeadcount", null).containsEntry("hromadaKind", "CITY");
        assertThat(organization(institution)).containsEntry("staffHeadcount", 5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileWithWrongLinesChangesNothingAndNamesEveryOne() {
        String elsewhere = KatottgCodes.hromada(KatottgCodes.district(KatottgCodes.oblast("05")));
        String csv = "organization;katottg;hromada_kind;institution_kind;frontline_since;staff_headcount\n"
                + hromada + ";;RURAL;;;10\n"
                + "Немає такої організації;;;;;\n"
                + edrpou + ";UA59;CITY;no_such_kind;;-3\n"
                + "\"" + districtName + "\";" + elsewhere + ";village;;31.02.2022;багато\n"
                + hromada + ";;;;;\n"
                + oblast + ";;;;2022-02-24;\n";

        HttpResponse<Map<String, Object>> refused = send(csv);

        assertThat(refused.code()).isEqualTo(422);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) Api.body(refused).get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder(
                "lines[3].organization",
                "lines[4].katottg", "lines[4].hromada_kind", "lines[4].institution_kind", "lines[4].staff_headcount",
                "lines[5].katottg", "lines[5].hromada_kind", "lines[5].frontline_since", "lines[5].staff_headcount",
                "lines[6].organization",
                "lines[7].frontline_since");
        assertThat(Api.body(refused).get("detail").toString()).contains("нічого не змінено");
        assertThat(errors.toString()).contains("вже є в рядку 2", "має бути RURAL, TOWN або CITY", "не є датою");
        assertThat(organization(hromada)).containsEntry("hromadaKind", null).containsEntry("staffHeadcount", null);
    }

    @Test
    void aCodeOutsideItsParentsIsALineErrorAsTheTreeWillBe() {
        String elsewhere = KatottgCodes.hromada(KatottgCodes.district(KatottgCodes.oblast("05")));

        HttpResponse<Map<String, Object>> refused = send("organization,katottg\n" + hromada + "," + elsewhere + "\n");
        HttpResponse<Map<String, Object>> oblastMoves = send("organization,katottg\n" + hromada + "," + elsewhere + "\n"
                + oblast + "," + elsewhere.substring(0, 4) + "0000000000" + elsewhere.substring(14) + "\n");

        assertThat(refused.code()).isEqualTo(422);
        assertThat(Api.body(refused).get("errors").toString()).contains("lines[2].katottg", "Сумська область");
        assertThat(oblastMoves.code()).as("%s", Api.body(oblastMoves)).isEqualTo(200);
    }

    @Test
    void aWrongHeaderIsNamed() {
        HttpResponse<Map<String, Object>> unknown = send("organisation;katottg;colour\n" + hromada + ";;\n");

        assertThat(unknown.code()).isEqualTo(422);
        assertThat(Api.body(unknown).get("errors").toString()).contains("lines[1].header", "«colour»", "«organization»");
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        String csv = "organization,staff_headcount\n" + (hromada + ",1\n").repeat(OrganizationFactsCsv.MAX_BYTES / 38 + 1);

        HttpResponse<Map<String, Object>> refused = send(csv);

        assertThat(csv.length()).isGreaterThan(OrganizationFactsCsv.MAX_BYTES);
        assertThat(refused.code()).isEqualTo(413);
        assertThat(Api.body(refused).get("detail").toString()).contains("2 МБ");
        assertThat(send("organization,staff_headcount\n" + hromada + ",1\n").code()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyWithoutALengthIsRefusedOnceItPassesTheLimit() throws Exception {
        String head = "POST /api/organizations/facts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/csv\r\n"
                + "Authorization: Bearer " + admin + "\r\nConnection: close\r\n";

        StreamedUpload.Outcome outcome = StreamedUpload.send(server.getPort(), head, "organization\n".getBytes(StandardCharsets.UTF_8),
                20L * 1024 * 1024, new byte[0]);

        assertThat(outcome.status()).as(outcome.response()).isEqualTo(413);
        assertThat(outcome.bodyBytesSent()).isLessThan(20L * 1024 * 1024);
    }

    @Test
    void theExportListsEveryOrganizationWithItsFactsAndReadsBackUnchanged() {
        send("organization,staff_headcount\n" + institution + ",12\n");

        byte[] export = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/organizations/facts.csv"), admin), byte[].class);
        String text = new String(export, StandardCharsets.UTF_8);
        HttpResponse<Map<String, Object>> again = send(text);

        assertThat(text).startsWith("\uFEFF\"organization\";\"name\";\"kind\";\"katottg\"");
        assertThat(text).contains("\"" + institution + "\";").contains("\"INSTITUTION\"").contains(oblastCode);
        assertThat(again.code()).as("%s", Api.body(again)).isEqualTo(200);
        assertThat(again.body()).containsEntry("changed", 0);
    }

    @Test
    void onlyAdministratorsSendOrReadTheFile() {
        String hr = api.login((String) api.createUser(admin, "Кадровичка", hromada, "HR").get("email"), Api.PASSWORD);

        assertThat(api.exchange(Api.authorised(HttpRequest.POST("/api/organizations/facts", "organization\n" + hromada + "\n")
                .contentType(MediaType.of("text/csv")), hr)).code()).isEqualTo(403);
        assertThat(api.get(hr, "/api/organizations/facts.csv").code()).isEqualTo(403);
    }

    private HttpResponse<Map<String, Object>> send(String csv) {
        return api.exchange(Api.authorised(HttpRequest.POST("/api/organizations/facts", csv.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/csv")), admin));
    }

    private Map<String, Object> organization(UUID id) {
        return api.get(admin, "/api/organizations/" + id).body();
    }

    private UUID create(Map<String, Object> body) {
        HttpResponse<Map<String, Object>> created = api.post(admin, "/api/organizations", new HashMap<>(body));
        assertThat(created.code()).as("%s", Api.body(created)).isEqualTo(201);
        return Api.id(created.body());
    }
}
