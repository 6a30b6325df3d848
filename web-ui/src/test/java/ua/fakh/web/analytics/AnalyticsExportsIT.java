package ua.fakh.web.analytics;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.analytics.SmallCells;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.courses.analytics.CoverageReport;
import ua.fakh.courses.analytics.CoverageReports;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The analytics exports over HTTP on the hand-built tree of {@link CoverageWorld} (its named learners sit in
 * groups of 1 to 3): every file holds the same table the page shows, small cells as "<5", no one's name or
 * e-mail, and only the caller's scope. (Here, beside CoverageWorld, which is this package's.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class AnalyticsExportsIT extends PageTest {
    private static final String YEAR = "?from=2026-01-01&to=2026-12-31";
    private static final AnalyticsFilter YEAR_FILTER = new AnalyticsFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            null, null, null, null);
    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final List<String> LEARNERS = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "b1", "b2",
            "c1", "d1", "d2", "d3", "e1", "f1", "g1");

    @Inject
    DataSource dataSource;
    @Inject
    AnalyticsScopes scopes;
    @Inject
    CoverageReports coverage;

    CoverageWorld world;

    @BeforeEach
    void world() {
        if (world == null) {
            world = new CoverageWorld(api, dataSource, scopes);
        }
    }

    @Test
    void csvOfEveryTableReadsBackAsTheTableThePageShows() throws IOException {
        CoverageReport report = coverage.report(new AnalyticsScope(world.id("oblast"), true), YEAR_FILTER, UK);
        int hidden = 0;
        for (ReportTable table : report.tables()) {
            HttpResponse<byte[]> response = download("hrOblast", "/api/analytics/export/" + table.id() + ".csv" + YEAR);

            assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/csv");
            assertThat(response.header(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                    .contains("filename*=UTF-8''").endsWith(".csv");
            byte[] body = response.body();
            assertThat(new String(body, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00ef\u00bb\u00bf");
            List<CSVRecord> records = CSVParser.parse(new StringReader(new String(body, StandardCharsets.UTF_8).substring(1)),
                    CSVFormat.RFC4180).getRecords();
            assertThat(records.get(0).toList()).isEqualTo(table.headers());
            assertThat(records).as(table.id()).hasSize(table.rows().size() + 1);
            for (int r = 0; r < table.rows().size(); r++) {
                assertSameRow(records.get(r + 1).toList(), table.rows().get(r));
            }
            hidden += (int) records.stream().flatMap(r -> r.toList().stream()).filter(SmallCells.HIDDEN::equals).count();
        }
        assertThat(hidden).as("the world's small groups show as <5").isPositive();
    }

    @Test
    void everyTableIsASheetWithNumberCellsAndHiddenCellsAsText() throws IOException {
        byte[] xlsx = download("analyst", "/analytics/export/all.xlsx" + YEAR, true).body();

        CoverageReport report = coverage.report(new AnalyticsScope(world.id("districtA"), false), YEAR_FILTER, UK);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = book.getSheets().toList();
            assertThat(sheets.size()).isGreaterThan(report.tables().size());
            int numbers = 0;
            int hidden = 0;
            for (int s = 0; s < report.tables().size(); s++) {
                ReportTable table = report.tables().get(s);
                List<Row> rows = sheets.get(s).read();
                assertThat(rows.get(0).getCellText(0)).isEqualTo(table.headers().get(0));
                for (int r = 0; r < table.rows().size(); r++) {
                    for (int c = 0; c < table.rows().get(r).size(); c++) {
                        Object expected = table.rows().get(r).get(c);
                        Cell cell = rows.get(r + 1).getOptionalCell(c).orElse(null);
                        if (expected instanceof Number number) {
                            assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
                            assertThat(cell.asNumber()).isEqualByComparingTo(new BigDecimal(number.toString()));
                            numbers++;
                        } else if (SmallCells.HIDDEN.equals(expected)) {
                            assertThat(cell.getType()).isEqualTo(CellType.STRING);
                            assertThat(cell.asString()).isEqualTo(SmallCells.HIDDEN);
                            hidden++;
                        }
                    }
                }
            }
            assertThat(numbers).isPositive();
            assertThat(hidden).isPositive();
            String all = text(book);
            assertThat(all).doesNotContain(names()).doesNotContain(emails());
            assertThat(all).as("the analyst's scope is district A").contains(world.name("hromadaA"))
                    .doesNotContain(world.name("hromadaC"), world.name("hromadaD"));
        }
    }

    @Test
    void thePdfIsOnePageWithTheKeyNumbersPeriodAndNoOnesName() throws IOException {
        byte[] pdf = download("hrOblast", "/analytics/report.pdf" + YEAR + "&lang=uk", true).body();

        CoverageReport report = coverage.report(new AnalyticsScope(world.id("oblast"), true), YEAR_FILTER, UK);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
            assertThat(text).contains("Хто навчався і де", world.name("oblast"), "Період: 01.01.2026 – 31.12.2026",
                    SmallCells.HIDDEN, "Групи менше ніж із 5 осіб показано як <5");
            for (CoverageReport.KeyNumber key : report.keyNumbers()) {
                String shown = key.outOf() == null ? shown(key.value()) : shown(key.value()) + " з " + shown(key.outOf());
                assertThat(text).contains(key.label() + " ").contains(shown + " " + key.label());
            }
            assertThat(text).doesNotContain(names()).doesNotContain(emails());
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain(emails());
    }

    @Test
    void thePdfSpeaksEnglishWhenAsked() throws IOException {
        byte[] pdf = download("analyst", "/api/analytics/report.pdf?from=2026-01-01&lang=en").body();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Who was trained, where", world.name("districtA"), "Period: from 01.01.2026",
                    "Groups of fewer than 5 people are shown as <5");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void hrOfOneHromadaGetsOnlyItsNumbers() {
        String csv = new String(download("hrHromada", "/api/analytics/export/coverage-hromadas.csv" + YEAR).body(), StandardCharsets.UTF_8);

        assertThat(csv).contains(world.name("hromadaA")).doesNotContain(world.name("hromadaB"))
                .doesNotContain(world.name("hromadaC"));
        ReportTable own = coverage.report(new AnalyticsScope(world.id("hromadaA"), true), YEAR_FILTER, UK)
                .table("coverage-hromadas").orElseThrow();
        assertThat(csv.lines().count()).isEqualTo(own.rows().size() + 1L);
    }

    @Test
    void refusesWhatItCannotExport() {
        assertThat(status("hrOblast", "/api/analytics/export/no-such-table.csv")).isEqualTo(404);
        assertThat(status("hrOblast", "/api/analytics/export/all.csv")).isEqualTo(404);
        assertThat(status("hrOblast", "/api/analytics/export/coverage-hromadas.json")).isEqualTo(404);
        assertThat(status("hrOblast", "/api/analytics/export/coverage-hromadas.csv?from=yesterday")).isEqualTo(400);
        assertThat(status("hrOblast", "/api/analytics/report.pdf?lang=de")).isEqualTo(400);
        assertThat(status("a1", "/api/analytics/report.pdf")).isEqualTo(403);
        assertThatThrownBy(() -> download("hrOblast", "/api/analytics/export/no-such-table.xlsx"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, refused -> assertThat(
                        refused.getResponse().getContentType().orElseThrow().toString()).startsWith("application/problem+json"));
        browser.signIn(world.emails.get("hrOblast"), Api.PASSWORD);
        // a browser following a download link accepts anything, HTML first
        Browser.Page page = browser.send(HttpRequest.GET("/analytics/export/coverage-hromadas.csv?from=yesterday")
                .accept("text/html,application/xhtml+xml,*/*;q=0.8"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
    }

    /** A key number as the report prints it: the reader's number format, one decimal at most. */
    private static String shown(Object value) {
        if (value instanceof Number number) {
            NumberFormat format = NumberFormat.getNumberInstance(UK);
            format.setMaximumFractionDigits(1);
            return format.format(new BigDecimal(number.toString())).replaceAll("[\u00a0\u202f]", " ");
        }
        return String.valueOf(value);
    }

    private static void assertSameRow(List<String> fields, List<Object> cells) {
        assertThat(fields).hasSize(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof Number number) {
                assertThat(new BigDecimal(fields.get(c))).isEqualByComparingTo(new BigDecimal(number.toString()));
            } else {
                assertThat(fields.get(c)).isEqualTo(cell == null ? "" : cell.toString());
            }
        }
    }

    private HttpResponse<byte[]> download(String person, String path) {
        return download(person, path, false);
    }

    /** With {@code page}, as a signed-in browser (its session cookie); else with a bearer token. */
    private HttpResponse<byte[]> download(String person, String path, boolean page) {
        String email = email(person);
        if (page) {
            browser.signIn(email, Api.PASSWORD);
            return HttpResponse.ok(browser.download(path));
        }
        return api.http().exchange(Api.authorised(HttpRequest.GET(path), api.login(email, Api.PASSWORD)), byte[].class);
    }

    private int status(String person, String path) {
        try {
            return download(person, path).code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }

    private String email(String person) {
        return world.emails.containsKey(person) ? world.emails.get(person) : users.find(world.id(person)).orElseThrow().email();
    }

    private String[] names() {
        return LEARNERS.stream().map(world::name).toArray(String[]::new);
    }

    private String[] emails() {
        return LEARNERS.stream().map(key -> users.find(world.id(key)).orElseThrow().email()).toArray(String[]::new);
    }

    private static String text(ReadableWorkbook book) throws IOException {
        List<String> cells = new ArrayList<>();
        for (Sheet sheet : book.getSheets().toList()) {
            sheet.read().forEach(row -> row.forEach(cell -> cells.add(cell == null ? "" : cell.getText())));
        }
        return String.join("\n", cells);
    }

}
