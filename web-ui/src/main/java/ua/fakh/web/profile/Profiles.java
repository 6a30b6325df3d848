package ua.fakh.web.profile;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import ua.fakh.core.security.CallerDirectory;
import ua.fakh.core.security.TokenClaims;
import ua.fakh.core.users.ProfileChange;
import ua.fakh.core.users.Users;

import java.util.Optional;
import java.util.UUID;

/** Saving the language a signed-in person chose on any page (the switch works for visitors too, so it has no {@code Caller}). */
@Singleton
public class Profiles {
    private final CallerDirectory callers;
    private final Users users;
    private final HttpClientAddressResolver addresses;

    Profiles(CallerDirectory callers, Users users, HttpClientAddressResolver addresses) {
        this.callers = callers;
        this.users = users;
        this.addresses = addresses;
    }

    public void saveLanguage(Authentication authentication, String language, HttpRequest<?> request) {
        Object uid = authentication.getAttributes().get(TokenClaims.USER_ID);
        if (uid == null) {
            return;
        }
        String address = Optional.ofNullable(addresses.resolve(request)).orElse("unknown");
        callers.describe(UUID.fromString(uid.toString()), address)
                .ifPresent(caller -> users.updateProfile(caller, new ProfileChange(null, language)));
    }
}
