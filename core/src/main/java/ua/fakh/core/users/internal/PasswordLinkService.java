package ua.fakh.core.users.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.config.PasswordRecoverySettings;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.common.NulCharacter;
import ua.fakh.core.limits.RateLimit;
import ua.fakh.core.limits.RateLimits;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.NewPassword;
import ua.fakh.core.users.PasswordChanged;
import ua.fakh.core.users.PasswordLinkCreated;
import ua.fakh.core.users.PasswordLink;
import ua.fakh.core.users.PasswordLinkGoneException;
import ua.fakh.core.users.PasswordLinkPurpose;
import ua.fakh.core.users.PasswordLinks;
import ua.fakh.core.users.UserAccessRevoked;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
class PasswordLinkService implements PasswordLinks {
    private static final int MAX_EMAIL = 320;
    private final UserRepository users;
    private final UserRoles roles;
    private final PasswordTokens tokens;
    private final ApplicationEventPublisher<PasswordLinkCreated> linkEvents;
    private final ApplicationEventPublisher<PasswordChanged> changes;
    private final PasswordHasher passwords;
    private final UserAccessPolicy policy;
    private final AuditLog audit;
    private final ApplicationEventPublisher<UserAccessRevoked> revocations;
    private final RateLimits limits;
    private final RateLimit perEmail;
    private final RateLimit perAddress;
    private final Validator validator;
    private final Clock clock;

    PasswordLinkService(UserRepository users, UserRoles roles, PasswordTokens tokens,
                        ApplicationEventPublisher<PasswordLinkCreated> linkEvents, ApplicationEventPublisher<PasswordChanged> changes,
                        PasswordHasher passwords, UserAccessPolicy policy, AuditLog audit,
                        ApplicationEventPublisher<UserAccessRevoked> revocations, RateLimits limits,
                        PasswordRecoverySettings settings, Validator validator, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.tokens = tokens;
        this.linkEvents = linkEvents;
        this.changes = changes;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.revocations = revocations;
        this.limits = limits;
        this.perEmail = new RateLimit("password-forgot-email", settings.perEmail(), settings.window(),
                "problem.password.tooManyResets");
        this.perAddress = new RateLimit("password-forgot-address", settings.perAddress(), settings.window(),
                "problem.password.tooManyResets");
        this.validator = validator;
        this.clock = clock;
    }

    /** Both paths do the same work (a token made and hashed, one look-up): the answer's timing tells nothing. */
    @Override
    @Transactional
    public void forgot(String email, String clientAddress) {
        String normalised = UserService.normaliseEmail(email == null ? "" : email);
        if (normalised.isEmpty()) {
            throw ValidationException.of("email", "problem.constraint.NotBlank");
        }
        if (NulCharacter.in(normalised)) {
            throw ValidationException.of("email", "problem.nul");
        }
        limits.take(perAddress, clientAddress == null ? "unknown" : clientAddress);
        limits.take(perEmail, normalised);
        Optional<UserRow> person = normalised.length() > MAX_EMAIL ? Optional.empty()
                : users.findByEmail(normalised).filter(row -> row.status() == UserStatus.ACTIVE);
        if (person.isEmpty()) {
            tokens.issueNowhere();
            return;
        }
        sendReset(person.get());
        audit.record(Caller.anonymous(normalised, clientAddress), "USER_PASSWORD_RESET_REQUESTED", "user",
                person.get().id(), Map.of());
    }

    /** A reset link for an active person (also the administrator's "reset password"). */
    void sendReset(UserRow person) {
        linkEvents.publishEvent(new PasswordLinkCreated(person.id(), PasswordLinkPurpose.RESET,
                tokens.issue(person.id(), PasswordLinkPurpose.RESET), null));
    }

    /** An invitation for a person who has no password yet; {@code inviterId} null: the installation. */
    void invite(UserRow person, UUID inviterId) {
        linkEvents.publishEvent(new PasswordLinkCreated(person.id(), PasswordLinkPurpose.INVITATION,
                tokens.issue(person.id(), PasswordLinkPurpose.INVITATION), inviterId));
    }

    @Override
    @Transactional(readOnly = true)
    public PasswordLink check(String token) {
        PasswordTokenRow link = tokens.usable(token).orElseThrow(PasswordLinkGoneException::new);
        UserRow person = activeOwner(link);
        return new PasswordLink(link.purpose(), person.email(), person.fullName());
    }

    @Override
    @Transactional
    public UserView choosePassword(NewPassword choice) {
        // a dead link first: no point in fixing a password for it
        PasswordTokenRow link = tokens.usable(choice.token()).orElseThrow(PasswordLinkGoneException::new);
        UserRow person = activeOwner(link);
        FieldCheck check = FieldCheck.of(validator, choice);
        if (choice.repeatPassword() != null && !choice.repeatPassword().equals(choice.password())) {
            check.add("repeatPassword", "problem.field.repeatPasswordDiffers");
        }
        check.throwIfAny();
        if (!tokens.use(choice.token())) {
            throw new PasswordLinkGoneException(); // another request with the same link won
        }
        tokens.useAllOf(person.id());
        users.update(new UserRow(person.id(), person.email(), person.fullName(), person.searchText(), person.locale(),
                person.status(), passwords.hash(choice.password()), person.organizationId(), person.createdAt(), clock.instant()));
        Caller self = new Caller(person.id(), person.email(), roles.of(person.id()), person.organizationId(), "link");
        if (link.purpose() == PasswordLinkPurpose.INVITATION) {
            audit.record(self, "USER_INVITATION_ACCEPTED", "user", person.id(), Map.of());
        } else {
            audit.record(self, "USER_PASSWORD_RESET", "user", person.id(), Map.of());
            changes.publishEvent(new PasswordChanged(person.id(), clock.instant()));
        }
        revocations.publishEvent(new UserAccessRevoked(person.id(), "password set through a link"));
        return UserService.view(person, self.roles());
    }

    @Override
    @Transactional
    public void resendInvitation(UUID userId, Caller actor) {
        policy.checkMayAdminister(actor);
        UserRow person = users.findById(userId).orElseThrow(() -> new NotFoundException(UserService.NOT_FOUND));
        if (person.passwordHash() != null) {
            throw new ConflictException("problem.user.invitationAccepted");
        }
        if (person.status() != UserStatus.ACTIVE) {
            throw new ConflictException("problem.user.invitationDisabled");
        }
        invite(person, actor.userId());
        audit.record(actor, "USER_INVITED", "user", userId, Map.of("again", true));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> awaitingInvitation(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> awaiting = new HashSet<>();
        users.findByIdInAndPasswordHashIsNull(new HashSet<>(userIds)).forEach(row -> awaiting.add(row.id()));
        return awaiting;
    }

    /** A disabled person's links stop working with their account. */
    private UserRow activeOwner(PasswordTokenRow link) {
        return users.findById(link.userId()).filter(row -> row.status() == UserStatus.ACTIVE)
                .orElseThrow(PasswordLinkGoneException::new);
    }
}
