package ua.fakh.web.analytics.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.analytics.SmallCells;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPdfTest {
    private static final Locale UK = Locale.forLanguageTag("uk");

    @Test
    void printsTheHeadingKeyNumbersMapAndTopRowsOnOnePage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.write(report(SampleTables.hromadas(), 3)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replace('\u202f', ' ');
            assertThat(text).contains("Звіт про навчання", "Вінницька область", "Період: 01.01.2026 – 31.12.2026",
                    "Навчено працівників", "264", "Громади: навчені працівники", "Бершадська міська", "1 234 567",
                    "61,73", "-2,5", "<5", "Вінн.", "Групи до 5 осіб показано як «<5»", "Створено 07.12.2026");
        }
    }

    @Test
    void staysOnOnePageWhateverTheData() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rows.add(SampleTables.row("Громада номер " + i + " з дуже довгою назвою, що не вміщається в колонку таблиці", i,
                    SmallCells.HIDDEN, 12.5, null, 7, 8, 9, 10));
        }
        List<String> headers = Collections.nCopies(9, "Дуже довгий заголовок колонки, що займає кілька рядків і ще трохи");
        ReportTable big = new ReportTable("big", "Велика таблиця ".repeat(20), headers, rows, List.of());
        ReportPage page = report(big, 12);
        List<String> conditions = new ArrayList<>(Collections.nCopies(9, "Курс: " + "дуже довга назва курсу ".repeat(10)));
        ReportPage crowded = new ReportPage(UK, page.title().repeat(5), page.scope().repeat(10), conditions,
                Collections.nCopies(11, new ReportPage.KeyNumber("Підпис ключового числа ".repeat(6), "123 456 789 012")),
                page.map(), big, page.generated(), page.privacy(), page.words());

        try (PDDocument pdf = Loader.loadPDF(ReportPdf.write(crowded))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).containsPattern("…і ще \\d+").contains("ще 2 колонки — у файлі XLSX")
                    .contains("Групи до 5 осіб показано як «<5»");
            int shown = (int) text.lines().filter(line -> line.startsWith("Громада номер")).count();
            assertThat(text).contains("…і ще " + (400 - shown));
        }
    }

    @Test
    void saysSoWhenTheTableHasNoRows() throws IOException {
        ReportTable empty = new ReportTable("empty", "Громади", List.of("Громада", "Навчено"), List.of(), List.of());
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.write(report(empty, 0)))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Немає даних за цими умовами");
        }
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.write(report(SampleTables.hromadas(), 3)))) {
            List<String> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"));
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("uk");
        }
    }

    static ReportPage report(ReportTable table, int tiles) {
        List<ReportPage.Tile> grid = new ArrayList<>();
        String[] names = {"Вінн.", "Волин.", "Дніпр.", "Донец.", "Житом.", "Закар.", "Запор.", "Ів.-Фр.", "Київ.", "Кіров.", "Луган.", "Львів."};
        for (int i = 0; i < tiles; i++) {
            boolean hidden = i % 3 == 1;
            grid.add(new ReportPage.Tile(i % 4, i / 4, names[i], hidden ? SmallCells.HIDDEN : String.valueOf(10 * i),
                    new Color(0x08, 0x51 + 10 * i, 0x9c), Color.WHITE, hidden));
        }
        ReportPage.TileMap map = new ReportPage.TileMap("Навчено за областями", 4, 3, grid, List.of(
                new ReportPage.LegendEntry("0", new Color(0xf7, 0xfb, 0xff), false),
                new ReportPage.LegendEntry("1–49", new Color(0x6b, 0xae, 0xd6), false),
                new ReportPage.LegendEntry("50 і більше", new Color(0x08, 0x51, 0x9c), false),
                new ReportPage.LegendEntry("<5 — приховано", Color.WHITE, true)));
        return new ReportPage(UK, "Звіт про навчання за територіями", "Вінницька область",
                List.of("Період: 01.01.2026 – 31.12.2026", "Курс: Основи ведення випадку"),
                List.of(new ReportPage.KeyNumber("Навчено працівників", "264"), new ReportPage.KeyNumber("Громад", "67"),
                        new ReportPage.KeyNumber("З деокупованих громад", "17"), new ReportPage.KeyNumber("Охоплення штату", "42 %")),
                map, table, "Створено 07.12.2026 у Fakh", "Групи до 5 осіб показано як «<5».",
                new ReportPage.Words("…і ще {0}", "ще {0} колонки — у файлі XLSX", "Немає даних за цими умовами"));
    }
}
