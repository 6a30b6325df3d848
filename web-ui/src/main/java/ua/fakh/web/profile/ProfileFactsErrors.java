package ua.fakh.web.profile;

import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;

import java.util.LinkedHashMap;
import java.util.Map;

/** A refused facts form's errors by field, "a whole number" where the years could not be read. */
public final class ProfileFactsErrors {
    private ProfileFactsErrors() {
    }

    public static Map<String, String> of(RuntimeException refused, ProfileFactsFields typed, PageContext page) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.specific(refused, page));
        if (typed.yearsUnreadable()) {
            errors.put("yearsExperience", page.t("profileFacts.wholeYears"));
        }
        return errors;
    }
}
