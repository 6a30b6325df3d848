package ua.fakh.core.users.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.common.SearchText;
import ua.fakh.core.errors.AccountDisabledException;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.ImportReport;
import ua.fakh.core.users.NewAccount;
import ua.fakh.core.users.NewUser;
import ua.fakh.core.users.PasswordChange;
import ua.fakh.core.users.PasswordChanged;
import ua.fakh.core.users.PersonName;
import ua.fakh.core.users.ProfileChange;
import ua.fakh.core.users.UserAccessRevoked;
import ua.fakh.core.users.UserBulkAction;
import ua.fakh.core.users.UserBulkResult;
import ua.fakh.core.users.UserChange;
import ua.fakh.core.users.UserDisabled;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class UserService implements Users {
    static final String NOT_FOUND = "problem.user.notFound";
    static final String EMAIL_TAKEN = "problem.user.emailTaken";

    private final UserRepository users;
    private final UserRoles roles;
    private final Organizations organizations;
    private final PasswordHasher passwords;
    private final UserAccessPolicy policy;
    private final AuditLog audit;
    private final ApplicationEventPublisher<UserAccessRevoked> revocations;
    private final UserCsvImport csvImport;
    private final CurrentPasswordCheck currentPassword;
    private final Clock clock;
    private final PasswordLinkService links;
    private final ApplicationEventPublisher<PasswordChanged> changes;
    private final Validator validator;
    private final Administrators administrators;
    private final UserBulkActions bulkActions;
    private final AnalystScopeRules analystScopes;
    private final Provider<Outbox> outbox; // lazily: outbox listeners elsewhere need Users

    UserService(UserRepository users, UserRoles roles, Organizations organizations, PasswordHasher passwords,
                UserAccessPolicy policy, AuditLog audit, ApplicationEventPublisher<UserAccessRevoked> revocations,
                UserCsvImport csvImport, CurrentPasswordCheck currentPassword, Clock clock,
                PasswordLinkService links, ApplicationEventPublisher<PasswordChanged> changes, Validator validator, Administrators administrators,
                UserBulkActions bulkActions, AnalystScopeRules analystScopes, Provider<Outbox> outbox) {
        this.users = users;
        this.roles = roles;
        this.organizations = organizations;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.revocations = revocations;
        this.csvImport = csvImport;
        this.currentPassword = currentPassword;
        this.clock = clock;
        this.links = links;
        this.changes = changes;
        this.validator = validator;
        this.administrators = administrators;
        this.bulkActions = bulkActions;
        this.outbox = outbox;
        this.analystScopes = analystScopes;
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    @Transactional
    public NewAccount create(NewUser user, Caller actor) {
        policy.checkMayCreate(actor, user.roles());
        FieldCheck check = FieldCheck.of(validator, user);
        if (user.organizationId() != null && organizations.find(user.organizationId()).isEmpty()) {
            check.add("organizationId", "problem.field.noSuchOrganization");
        }
        analystScopes.check(check, user.roles() == null ? Set.of() : user.roles(), user.analystScope());
        String email = user.email() == null ? "" : normaliseEmail(user.email());
        boolean taken = !check.has("email") && users.existsByEmail(email);
        if (taken && !check.isEmpty()) {
            check.add("email", "problem.field.emailTaken"); // reported with the others; alone it is a 409
        }
        check.throwIfAny();
        if (taken) {
            throw new ConflictException(EMAIL_TAKEN);
        }
        // no password given: none usable until the person chooses one through the invitation
        String hash = user.password() == null ? null : passwords.hash(user.password());
        Instant now = clock.instant();
        UserRow row = new UserRow(Ids.newId(), email, user.fullName().strip(), SearchText.fold(user.fullName(), email),
                user.locale() == null ? "uk" : user.locale(), UserStatus.ACTIVE, hash, user.organizationId(), now, now);
        try {
            users.save(row);
        } catch (DataAccessException race) {
            // two requests with the same e-mail at once: the unique constraint decides, the loser gets 409
            throw new ConflictException(EMAIL_TAKEN);
        }
        roles.replace(row.id(), user.roles());
        analystScopes.apply(row.id(), user.roles(), user.analystScope(), actor);
        audit.record(actor, "USER_CREATED", "user", row.id(), Map.of("email", email,
                "organizationId", row.organizationId(), "roles", user.roles()));
        boolean invited = hash == null;
        if (invited) {
            links.invite(row, actor.userId());
            audit.record(actor, "USER_INVITED", "user", row.id(), Map.of());
        }
        return new NewAccount(view(row, user.roles()), invited);
    }

    @Override
    public ImportReport importCsv(String csv, Caller actor) {
        policy.checkMayAdminister(actor);
        return csvImport.run(csv, actor, this);
    }

    @Override
    public UserBulkResult bulk(UserBulkAction action, Caller actor) {
        policy.checkMayAdminister(actor);
        return bulkActions.run(action, actor, this);
    }

    @Override
    @Transactional(readOnly = true)
    public UserView get(UUID id, Caller actor) {
        UserRow row = users.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        policy.checkMayRead(actor, id, row.organizationId());
        return view(row, roles.of(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> find(UUID id) {
        return users.findById(id).map(row -> view(row, roles.of(id)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, UserView> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<UUID> distinct = new HashSet<>(ids);
        Map<UUID, Set<Role>> rolesById = roles.of(distinct);
        Map<UUID, UserView> found = new HashMap<>();
        users.findByIdIn(distinct).forEach(row -> found.put(row.id(), view(row, rolesById.getOrDefault(row.id(), Set.of()))));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, PersonName> names(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : users.queryByIdIn(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(PersonName::id, person -> person));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> findByEmail(String email) {
        return users.findByEmail(normaliseEmail(email)).map(row -> view(row, roles.of(row.id())));
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<UserView> search(@Nullable String query, @Nullable Integer page, @Nullable Integer size, Caller actor) {
        String prefix;
        if (actor.isAdmin()) {
            prefix = "/%";
        } else if (actor.has(Role.HR) && actor.organizationId() != null) {
            prefix = users.organizationPath(actor.organizationId()).orElseThrow() + "%";
        } else {
            throw new ForbiddenException("problem.user.searchForbidden");
        }
        PageView<UserRow> rows = Paging.view(users.search(SearchText.containsPattern(query), prefix, Paging.of(page, size)));
        Map<UUID, Set<Role>> rolesById = roles.of(rows.content().stream().map(UserRow::id).toList());
        return rows.map(row -> view(row, rolesById.getOrDefault(row.id(), Set.of())));
    }

    @Override
    @Transactional
    public UserView update(UUID id, UserChange change, Caller actor) {
        policy.checkMayAdminister(actor);
        UserRow row = users.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Set<Role> before = roles.of(id);
        FieldCheck check = FieldCheck.of(validator, change);
        UUID organizationId = change.organizationId() == null ? row.organizationId() : change.organizationId();
        if (organizations.find(organizationId).isEmpty()) {
            check.add("organizationId", "problem.field.noSuchOrganization");
        }
        boolean demoted = before.contains(Role.ADMIN) && change.roles() != null && !change.roles().contains(Role.ADMIN);
        if (demoted && id.equals(actor.userId())) {
            check.add("roles", "problem.field.notYourOwnAdminRole");
        }
        analystScopes.check(check, change.roles() == null ? before : change.roles(), change.analystScope());
        check.throwIfAny();
        if (demoted) {
            administrators.checkNotLast(id);
        }
        String fullName = change.fullName() == null ? row.fullName() : change.fullName().strip();
        UserRow updated = users.update(new UserRow(id, row.email(), fullName, SearchText.fold(fullName, row.email()),
                change.locale() == null ? row.locale() : change.locale(), row.status(), row.passwordHash(),
                organizationId, row.createdAt(), clock.instant()));
        Map<String, Object> details = new HashMap<>();
        if (!fullName.equals(row.fullName())) {
            details.put("fullName", fullName);
        }
        if (!organizationId.equals(row.organizationId())) {
            details.put("organizationId", organizationId);
            details.put("previousOrganizationId", row.organizationId());
        }
        Set<Role> after = before;
        if (change.roles() != null && !change.roles().equals(before)) {
            after = EnumSet.copyOf(change.roles());
            roles.replace(id, after);
            audit.record(actor, "USER_ROLES_CHANGED", "user", id, Map.of("before", before, "after", after));
            revocations.publishEvent(new UserAccessRevoked(id, "roles changed"));
        }
        if (!details.isEmpty()) {
            audit.record(actor, "USER_UPDATED", "user", id, details);
        }
        analystScopes.apply(id, after, change.analystScope(), actor);
        return view(updated, after);
    }

    @Override
    @Transactional
    public UserView setStatus(UUID id, UserStatus status, Caller actor) {
        policy.checkMayAdminister(actor);
        if (id.equals(actor.userId()) && status == UserStatus.DISABLED) {
            throw new ConflictException("problem.user.notYourself");
        }
        UserRow row = users.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (row.status() == status) {
            return view(row, roles.of(id));
        }
        if (status == UserStatus.DISABLED && roles.of(id).contains(Role.ADMIN)) {
            administrators.checkNotLast(id);
        }
        UserRow updated = users.update(withStatus(row, status));
        audit.record(actor, status == UserStatus.DISABLED ? "USER_DISABLED" : "USER_ENABLED", "user", id, Map.of());
        if (status == UserStatus.DISABLED) {
            revocations.publishEvent(new UserAccessRevoked(id, "disabled"));
            outbox.get().publish(new UserDisabled(id));
        }
        return view(updated, roles.of(id));
    }

    @Override
    @Transactional
    public UserView resetPassword(UUID id, Caller actor) {
        policy.checkMayAdminister(actor);
        UserRow row = users.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (row.status() != UserStatus.ACTIVE) {
            throw new ConflictException("problem.user.resetDisabled"); // a disabled person gets no mail
        }
        links.sendReset(row);
        audit.record(actor, "USER_PASSWORD_RESET_SENT", "user", id, Map.of());
        return view(row, roles.of(id));
    }

    @Override
    @Transactional
    public UserView updateProfile(Caller self, @Valid ProfileChange change) {
        UserRow row = users.findById(self.userId()).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        String fullName = change.fullName() == null ? row.fullName() : change.fullName().strip();
        UserRow updated = users.update(new UserRow(row.id(), row.email(), fullName, SearchText.fold(fullName, row.email()),
                change.locale() == null ? row.locale() : change.locale(), row.status(), row.passwordHash(),
                row.organizationId(), row.createdAt(), clock.instant()));
        if (!fullName.equals(row.fullName())) {
            audit.record(self, "USER_UPDATED", "user", row.id(), Map.of("fullName", fullName));
        }
        return view(updated, roles.of(row.id()));
    }

    @Override
    @Transactional
    public void changePassword(Caller self, PasswordChange change) {
        UserRow row = users.findById(self.userId()).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        FieldCheck check = FieldCheck.of(validator, change);
        if (change.repeatPassword() != null && !change.repeatPassword().equals(change.newPassword())) {
            check.add("repeatPassword", "problem.field.repeatPasswordDiffers");
        }
        if (change.newPassword() != null && change.newPassword().equals(change.currentPassword())) {
            check.add("newPassword", "problem.field.sameAsCurrentPassword");
        }
        if (!check.has("currentPassword") && !currentPassword.matches(row, change.currentPassword())) {
            check.add("currentPassword", "problem.field.notCurrentPassword");
        }
        check.throwIfAny();
        users.update(withPassword(row, passwords.hash(change.newPassword())));
        audit.record(self, "USER_PASSWORD_CHANGED", "user", row.id(), Map.of());
        changes.publishEvent(new PasswordChanged(row.id(), clock.instant()));
        revocations.publishEvent(new UserAccessRevoked(row.id(), "password changed"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> authenticate(String email, String password) {
        Optional<UserRow> row = users.findByEmail(normaliseEmail(email));
        boolean matches = passwords.matches(password, row.map(UserRow::passwordHash).orElse(null));
        if (matches && row.get().status() != UserStatus.ACTIVE) {
            throw new AccountDisabledException(); // only after the right password: a wrong one never learns it
        }
        return row.filter(r -> matches).map(r -> view(r, roles.of(r.id())));
    }

    private UserRow withStatus(UserRow row, UserStatus status) {
        return new UserRow(row.id(), row.email(), row.fullName(), row.searchText(), row.locale(), status,
                row.passwordHash(), row.organizationId(), row.createdAt(), clock.instant());
    }

    private UserRow withPassword(UserRow row, String hash) {
        return new UserRow(row.id(), row.email(), row.fullName(), row.searchText(), row.locale(), row.status(),
                hash, row.organizationId(), row.createdAt(), clock.instant());
    }

    static UserView view(UserRow row, Set<Role> roles) {
        return new UserView(row.id(), row.email(), row.fullName(), row.locale(), row.organizationId(),
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), row.status(), row.createdAt());
    }
}
