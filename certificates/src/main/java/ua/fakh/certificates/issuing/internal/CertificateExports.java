package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ua.fakh.core.common.KyivTime;
import ua.fakh.certificates.issuing.CertificateView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** HR's lists as files: CSV (UTF-8 with BOM, so Excel shows Cyrillic) and XLSX. */
@Singleton
class CertificateExports {
    static final List<String> HEADER = List.of("ПІБ / Full name", "Курс / Course", "Реєстраційний номер / Registration number",
            "Години / Hours", "ЄКТС / ECTS", "Видано / Issued", "Дійсний до / Valid until", "Статус / Status",
            "Провайдер / Provider", "Код перевірки / Verification code");

    byte[] csv(List<CertificateView> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", HEADER.stream().map(CertificateExports::quote).toList())).append("\r\n");
        for (CertificateView c : rows) {
            sb.append(String.join(",", cells(c).stream().map(CertificateExports::quote).toList())).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(List<CertificateView> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Fakh", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Свідоцтва");
            for (int col = 0; col < HEADER.size(); col++) {
                sheet.value(0, col, HEADER.get(col));
                sheet.style(0, col).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                CertificateView c = rows.get(r);
                List<String> cells = cells(c);
                for (int col = 0; col < cells.size(); col++) {
                    if (col == 3) {
                        sheet.value(r + 1, col, c.hours());
                    } else if (col == 4) {
                        sheet.value(r + 1, col, c.ectsCredits());
                    } else {
                        sheet.value(r + 1, col, cells.get(col));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> cells(CertificateView c) {
        return List.of(c.holderName(), c.courseTitle(), c.serialNumber(), c.hours().toPlainString(),
                c.ectsCredits().toPlainString(), KyivTime.day(c.issuedAt()).toString(),
                c.validUntil() == null ? "" : c.validUntil().toString(), c.status().name(), c.providerName(), c.code());
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
