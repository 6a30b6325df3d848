package ua.fakh.web.verify;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * The lookup page: find a certificate by its verification code, or by its registration number with the
 * holder's surname. {@code missed} is {@code "code"} or {@code "number"} when a lookup found nothing;
 * {@code errors} name the fields of the number form that were left empty.
 */
public record LookupModel(String code, String number, String name, Map<String, String> errors, @Nullable String missed) {

    static LookupModel empty() {
        return new LookupModel("", "", "", Map.of(), null);
    }
}
