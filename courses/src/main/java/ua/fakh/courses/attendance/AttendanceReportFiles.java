package ua.fakh.courses.attendance;

import io.micronaut.core.annotation.Nullable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.i18n.Messages;
import ua.fakh.courses.assessment.GradebookCsv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A session's attendance report as files, in the reader's language, written the way the gradebook and
 * HR's certificate lists are: XLSX with a bold frozen header, times as date-time cells (Kyiv time) and
 * minutes and shares as numbers; CSV in UTF-8 with a byte-order mark, {@code ;} between cells (Excel with
 * Ukrainian regional settings opens it by double-click), no cell a spreadsheet would run as a formula.
 */
public final class AttendanceReportFiles {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8";
    static final List<String> COLUMNS = List.of("person", "organisation", "joined", "left", "minutes", "share", "present",
            "source", "note");
    private static final String DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm";

    private AttendanceReportFiles() {
    }

    /** The file name without extension: {@code attendance-<session id>}. */
    public static String baseName(SessionAttendanceReport report) {
        return "attendance-" + report.sessionId();
    }

    public static byte[] csv(SessionAttendanceReport report, Messages messages, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, header(messages, locale));
        for (SessionAttendanceReport.Line l : report.lines()) {
            line(csv, List.of(l.name(), text(l.organisation()), l.joinedAt() == null ? "" : KyivTime.dateTime(l.joinedAt()),
                    l.leftAt() == null ? "" : KyivTime.dateTime(l.leftAt()), String.valueOf(l.minutes()), String.valueOf(l.sharePercent()),
                    present(l, messages, locale), source(l, messages, locale), l.note()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(SessionAttendanceReport report, Messages messages, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Fakh", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(messages.get(locale, "attendance.report.sheet"));
            List<String> header = header(messages, locale);
            for (int col = 0; col < header.size(); col++) {
                sheet.value(0, col, header.get(col));
            }
            sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            int r = 1;
            for (SessionAttendanceReport.Line l : report.lines()) {
                sheet.value(r, 0, l.name());
                sheet.value(r, 1, text(l.organisation()));
                time(sheet, r, 2, l.joinedAt());
                time(sheet, r, 3, l.leftAt());
                sheet.value(r, 4, l.minutes());
                sheet.value(r, 5, l.sharePercent());
                sheet.value(r, 6, present(l, messages, locale));
                sheet.value(r, 7, source(l, messages, locale));
                sheet.value(r, 8, l.note());
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void time(Worksheet sheet, int row, int col, @Nullable Instant instant) {
        if (instant != null) {
            sheet.value(row, col, instant.atZone(KyivTime.ZONE).toLocalDateTime());
            sheet.style(row, col).format(DATE_TIME_FORMAT).set();
        }
    }

    private static List<String> header(Messages messages, Locale locale) {
        return COLUMNS.stream().map(c -> messages.get(locale, "attendance.report." + c)).toList();
    }

    private static String present(SessionAttendanceReport.Line l, Messages messages, Locale locale) {
        return l.present() == null ? "" : messages.get(locale, l.present() ? "attendance.report.yes" : "attendance.report.no");
    }

    private static String source(SessionAttendanceReport.Line l, Messages messages, Locale locale) {
        return l.source() == null ? "" : messages.get(locale, "attendance.source." + l.source().name());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(";", cells.stream().map(GradebookCsv::quote).toList())).append("\r\n");
    }
}
