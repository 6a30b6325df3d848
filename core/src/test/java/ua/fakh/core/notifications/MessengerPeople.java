package ua.fakh.core.notifications;

import ua.fakh.core.testing.Api;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** People for messenger tests, made through the real API (unique e-mails, so suites share a PostgreSQL). */
public final class MessengerPeople {
    private final Api api;
    private final String admin;
    private final UUID organization;

    public MessengerPeople(Api api) {
        this.api = api;
        this.admin = api.adminToken();
        this.organization = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
    }

    /** A new learner as a {@link Recipient}; they sign in with {@link Api#PASSWORD}. */
    public Recipient learner(String fullName) {
        Map<String, Object> user = api.createUser(admin, fullName, organization, "LEARNER");
        return new Recipient(Api.id(user), (String) user.get("email"), fullName, Locale.forLanguageTag(String.valueOf(user.get("locale"))));
    }

    public String tokenOf(Recipient person) {
        return api.login(person.email(), Api.PASSWORD);
    }

    public Api api() {
        return api;
    }
}
