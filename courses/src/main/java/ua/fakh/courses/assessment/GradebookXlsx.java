package ua.fakh.courses.assessment;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.i18n.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A gradebook as an XLSX sheet in the reader's language: a bold, frozen header row, then one row per
 * learner with numbers as numbers (percent), the due date as a date, the status as a word, and whether
 * the result was set by a trainer (with the reason). Spreadsheets open it with any regional settings.
 */
public final class GradebookXlsx {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private GradebookXlsx() {
    }

    public static byte[] write(Gradebook book, Messages messages, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<String> header = new ArrayList<>();
        for (String column : List.of("name", "email", "status", "progress", "due", "attendance")) {
            header.add(messages.get(locale, "gradebook.column." + column));
        }
        book.quizzes().forEach(q -> header.add((english && q.titleEn() != null && !q.titleEn().isBlank() ? q.titleEn() : q.title()) + ", %"));
        for (String column : List.of("result", "overridden", "overrideReason")) {
            header.add(messages.get(locale, "gradebook.column." + column));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Fakh", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(messages.get(locale, "gradebook.sheet"));
            for (int col = 0; col < header.size(); col++) {
                sheet.value(0, col, header.get(col));
            }
            sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            int r = 1;
            for (Gradebook.Row row : book.rows()) {
                int col = 0;
                sheet.value(r, col++, row.name());
                sheet.value(r, col++, row.email());
                sheet.value(r, col++, messages.get(locale, "gradebook.status." + row.status().name()));
                sheet.value(r, col++, row.progressPercent());
                if (row.dueAt() != null) {
                    sheet.value(r, col, KyivTime.day(row.dueAt()));
                    sheet.style(r, col).format("dd.mm.yyyy").set();
                }
                col++;
                if (row.attendance() != null) {
                    sheet.value(r, col, row.attendance().percent());
                }
                col++;
                for (Gradebook.Grade grade : row.grades()) {
                    if (grade.percent() != null) {
                        sheet.value(r, col, grade.percent());
                    }
                    col++;
                }
                if (row.resultPercent() != null) {
                    sheet.value(r, col, row.resultPercent());
                }
                col++;
                if (row.override() != null) {
                    sheet.value(r, col, messages.get(locale, "gradebook.yes"));
                    sheet.value(r, col + 1, row.override().reason());
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
