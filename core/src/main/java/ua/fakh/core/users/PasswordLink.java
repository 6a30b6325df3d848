package ua.fakh.core.users;

/** A set-password link that still works: for whom and why (the page greets the person by name). */
public record PasswordLink(PasswordLinkPurpose purpose, String email, String fullName) {
}
