package ua.fakh.web.admin.organizations;

import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form with fact fields it could not read: those, and whatever else the service finds wrong, in one answer. */
final class FactsRefusals {
    private FactsRefusals() {
    }

    static Map<String, String> of(Map<String, String> unreadable, List<FieldError> otherwise, PageContext page) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.specific(new ValidationException(otherwise), page));
        unreadable.forEach((field, key) -> errors.put(field, page.t(key)));
        return errors;
    }
}
