package ua.fakh.web.admin.users;

import java.util.List;
import java.util.Map;

/**
 * "Are you sure?" as a page of its own, so a consequential button (disable, reset a password, a bulk
 * action) never acts on one tap and the step works without JavaScript: what will happen, to whom, and a
 * form that sends the same request again with {@code confirm=yes}. Texts are already in the page's language.
 */
public record ConfirmModel(String title, String question, List<String> people, String action,
                           Map<String, List<String>> fields, String submit, String back) {
}
