package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.organizations.HromadaKind;
import ua.fakh.core.organizations.OrganizationFacts;
import ua.fakh.core.organizations.OrganizationView;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fact fields of the organization forms as typed. A value the inputs could not have sent (not a
 * date, not a whole number, no such kind of hromada) is {@link #unreadable}: the page then asks the
 * service what else is wrong without saving, and shows it all at once.
 */
public record FactsFields(String katottg, String hromadaKind, String institutionKind, String frontlineSince,
                          String deoccupiedSince, String staffHeadcount) {
    public static FactsFields empty() {
        return new FactsFields("", "", "", "", "", "");
    }

    public static FactsFields of(OrganizationView org) {
        return new FactsFields(text(org.katottg()), text(org.hromadaKind()), text(org.institutionKind()),
                text(org.frontlineSince()), text(org.deoccupiedSince()), text(org.staffHeadcount()));
    }

    /** As sent by a form: a missing field is an empty one. */
    public static FactsFields typed(@Nullable String katottg, @Nullable String hromadaKind, @Nullable String institutionKind,
                                    @Nullable String frontlineSince, @Nullable String deoccupiedSince, @Nullable String staffHeadcount) {
        return new FactsFields(text(katottg), text(hromadaKind), text(institutionKind), text(frontlineSince),
                text(deoccupiedSince), text(staffHeadcount));
    }

    public OrganizationFacts facts() {
        return new OrganizationFacts(blankToNull(katottg), kind(), blankToNull(institutionKind), day(frontlineSince),
                day(deoccupiedSince), headcount());
    }

    /** The fields whose value could not be read, with what to say about each (bundle keys). */
    public Map<String, String> unreadable() {
        Map<String, String> keys = new LinkedHashMap<>();
        if (!hromadaKind.isEmpty() && kind() == null) {
            keys.put("hromadaKind", "org.facts.chooseHromadaKind");
        }
        if (!frontlineSince.isEmpty() && day(frontlineSince) == null) {
            keys.put("frontlineSince", "org.facts.notADay");
        }
        if (!deoccupiedSince.isEmpty() && day(deoccupiedSince) == null) {
            keys.put("deoccupiedSince", "org.facts.notADay");
        }
        if (!staffHeadcount.isEmpty() && headcount() == null) {
            keys.put("staffHeadcount", "org.facts.notAWholeNumber");
        }
        return keys;
    }

    private @Nullable HromadaKind kind() {
        try {
            return hromadaKind.isEmpty() ? null : HromadaKind.valueOf(hromadaKind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** {@code 2022-02-24} from a date input, or {@code 24.02.2022} typed where a browser has none; null when neither. */
    private static @Nullable LocalDate day(String typed) {
        try {
            return typed.isEmpty() ? null : typed.contains(".") ? LocalDate.parse(typed, KyivTime.DATE) : LocalDate.parse(typed);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    /** A whole number (a thousands separator allowed); null when empty or not one. */
    private @Nullable Integer headcount() {
        try {
            String digits = staffHeadcount.replaceAll("[\\s\\u00A0\\u202F]", "");
            return digits.isEmpty() ? null : Integer.valueOf(digits);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
