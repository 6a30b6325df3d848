package ua.fakh.core.notifications.internal;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.Users;

import java.util.Optional;
import java.util.UUID;

/**
 * The person a message goes to, as the database has them now: nobody for an unknown or disabled
 * account. {@link Users} is reached lazily because account changes themselves send messages.
 */
@Singleton
class Recipients {
    private final Provider<Users> users;

    Recipients(Provider<Users> users) {
        this.users = users;
    }

    Optional<Recipient> active(UUID userId) {
        return users.get().find(userId)
                .filter(user -> user.status() == UserStatus.ACTIVE)
                .map(user -> new Recipient(user.id(), user.email(), user.fullName(),
                        LocaleChoice.supported(user.locale()).orElse(LocaleChoice.UKRAINIAN)));
    }
}
