package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.security.Caller;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * People: the one door to accounts. Every method taking a {@link Caller} checks what that caller
 * may do (ADMIN anything; TRAINER creates learners; HR reads its own organization subtree; everyone
 * their own profile) and audits changes.
 */
public interface Users {

    NewAccount create(NewUser user, Caller actor);

    /** Lines {@code email,fullName,organizationId,roles} (roles separated by ';'); each row commits on its own. */
    ImportReport importCsv(String csv, Caller actor);

    UserView get(UUID id, Caller actor);

    /** Without a caller check: for other modules that already decided access. */
    Optional<UserView> find(UUID id);

    Optional<UserView> findByEmail(String email);

    /** Many users at once, by id, without a caller check (for lists other modules already authorised); unknown ids are left out. */
    Map<UUID, UserView> findAll(Collection<UUID> ids);

    PageView<UserView> search(@Nullable String query, @Nullable Integer page, @Nullable Integer size, Caller actor);

    /** A change of roles ends the user's sessions (they sign in again with the new roles). */
    UserView update(UUID id, UserChange change, Caller actor);

    /** Disabling ends the user's sessions. */
    UserView setStatus(UUID id, UserStatus status, Caller actor);

    /** A new one-time password for a user who lost theirs; their sessions end. */
    NewAccount resetPassword(UUID id, Caller actor);

    UserView updateProfile(Caller self, ProfileChange change);

    /** Ends every session of the user, the current one included: the caller issues a new one for it. */
    void changePassword(Caller self, PasswordChange change);

    /** The active user with this e-mail and password; takes the same time whether or not the user exists. */
    Optional<UserView> authenticate(String email, String password);
}
