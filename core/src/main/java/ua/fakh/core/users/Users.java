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

    /** Without a password, the account has none usable until the person accepts the e-mailed invitation. */
    NewAccount create(NewUser user, Caller actor);

    /**
     * Lines {@code email,fullName,organization,roles} (the organization by EDRPOU, code, exact name or id;
     * roles separated by ';'); each row commits on its own. Row messages are bundle keys.
     */
    ImportReport importCsv(String csv, Caller actor);

    UserView get(UUID id, Caller actor);

    /** Without a caller check: for other modules that already decided access. */
    Optional<UserView> find(UUID id);

    Optional<UserView> findByEmail(String email);

    /** Many users at once, by id, without a caller check (for lists other modules already authorised); unknown ids are left out. */
    Map<UUID, UserView> findAll(Collection<UUID> ids);

    /** Names and addresses by id, without a caller check or roles: one read, for lists that only show who someone is. */
    Map<UUID, PersonName> names(Collection<UUID> ids);

    PageView<UserView> search(@Nullable String query, @Nullable Integer page, @Nullable Integer size, Caller actor);

    /**
     * A change of roles ends the user's sessions (they sign in again with the new roles). Nobody takes
     * the ADMIN role from themself (400) or from the last active administrator (409).
     */
    UserView update(UUID id, UserChange change, Caller actor);

    /** One action on several people (ADMIN); each changes on its own, refusals are reported per person. */
    UserBulkResult bulk(UserBulkAction action, Caller actor);

    /** Disabling ends the user's sessions; nobody disables themself or the last active administrator (409). */
    UserView setStatus(UUID id, UserStatus status, Caller actor);

    /**
     * Sends the user a password-reset link (1 hour) by e-mail (ADMIN). Their password and sessions stay
     * until the link is used: nobody learns or chooses the new password but the person.
     */
    UserView resetPassword(UUID id, Caller actor);

    UserView updateProfile(Caller self, ProfileChange change);

    /**
     * Ends every session of the user, the current one included: the caller issues a new one for it.
     * The person is told by e-mail that their password was changed.
     */
    void changePassword(Caller self, PasswordChange change);

    /**
     * The active user with this e-mail and password; takes the same time whether or not the user exists.
     * @throws ua.fakh.core.errors.AccountDisabledException when the password is right but the account is disabled
     */
    Optional<UserView> authenticate(String email, String password);
}
