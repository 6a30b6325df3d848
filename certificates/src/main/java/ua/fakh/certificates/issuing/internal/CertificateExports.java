package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ua.fakh.certificates.issuing.CertificateView;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.i18n.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * HR's lists as files, in the reader's language: XLSX (numbers and dates as real cells, so any regional
 * settings show them right) and a CSV that Excel with Ukrainian regional settings opens by double-click:
 * UTF-8 with a byte-order mark, {@code ;} between cells, a decimal comma in Ukrainian, dates 05.10.2026.
 */
@Singleton
class CertificateExports {
    static final List<String> COLUMNS = List.of("holder", "course", "number", "hours", "ects", "issued", "validUntil",
            "status", "provider", "code");
    private static final int HOURS = 3;
    private static final int ECTS = 4;
    private static final int ISSUED = 5;
    private static final int VALID_UNTIL = 6;

    private final Messages messages;

    CertificateExports(Messages messages) {
        this.messages = messages;
    }

    byte[] csv(List<CertificateView> rows, Locale locale) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, header(locale));
        for (CertificateView c : rows) {
            line(sb, cells(c, locale));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(List<CertificateView> rows, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Fakh", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(messages.get(locale, "issuing.export.sheet"));
            List<String> header = header(locale);
            for (int col = 0; col < header.size(); col++) {
                sheet.value(0, col, header.get(col));
                sheet.style(0, col).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                CertificateView c = rows.get(r);
                List<String> cells = cells(c, locale);
                for (int col = 0; col < cells.size(); col++) {
                    switch (col) {
                        case HOURS -> sheet.value(r + 1, col, c.hours());
                        case ECTS -> sheet.value(r + 1, col, c.ectsCredits());
                        case ISSUED -> date(sheet, r + 1, col, KyivTime.day(c.issuedAt()));
                        case VALID_UNTIL -> date(sheet, r + 1, col, c.validUntil());
                        default -> sheet.value(r + 1, col, cells.get(col));
                    }
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void date(Worksheet sheet, int row, int col, LocalDate day) {
        if (day != null) {
            sheet.value(row, col, day);
            sheet.style(row, col).format("dd.mm.yyyy").set();
        }
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(column -> messages.get(locale, "issuing.export." + column)).toList();
    }

    private List<String> cells(CertificateView c, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String course = english && c.courseTitleEn() != null && !c.courseTitleEn().isBlank() ? c.courseTitleEn() : c.courseTitle();
        return List.of(c.holderName(), course, c.serialNumber(), number(c.hours(), english), number(c.ectsCredits(), english),
                KyivTime.date(c.issuedAt()), c.validUntil() == null ? "" : KyivTime.date(c.validUntil()),
                messages.get(locale, "issuing.status." + state(c)), c.providerName(), c.code());
    }

    /** A replaced certificate is revoked too, but HR wants to know a new one exists. */
    private static String state(CertificateView c) {
        return c.supersededBy() != null ? "SUPERSEDED" : c.status().name();
    }

    private static String number(BigDecimal value, boolean english) {
        String plain = value.stripTrailingZeros().toPlainString();
        return english ? plain : plain.replace('.', ',');
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append(String.join(";", cells.stream().map(CertificateExports::quote).toList())).append("\r\n");
    }

    /** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
    static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
