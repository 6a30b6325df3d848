package ua.fakh.web.profile;

import java.util.Map;

/** The "set your password" page: where to go afterwards, and the errors of the last try by field. */
public record SetPasswordModel(String next, Map<String, String> errors) {
}
