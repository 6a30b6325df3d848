package ua.fakh.web.profile;

import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.ProfileChange;
import ua.fakh.core.users.Users;

/** Saving the language a signed-in person chose on any page (the switch works for visitors too, so its {@code Caller} is optional). */
@Singleton
public class Profiles {
    private final Users users;

    Profiles(Users users) {
        this.users = users;
    }

    public void saveLanguage(Caller caller, String language) {
        users.updateProfile(caller, new ProfileChange(null, language));
    }
}
