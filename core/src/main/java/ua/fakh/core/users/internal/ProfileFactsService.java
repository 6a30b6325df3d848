package ua.fakh.core.users.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.config.ProfileFactsSettings;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.UnprocessableException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.PersonFacts;
import ua.fakh.core.users.ProfileFacts;
import ua.fakh.core.users.ProfileFactsView;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

@Singleton
class ProfileFactsService implements ProfileFacts {
    private final UserFactsRepository rows;
    private final ProfileFactsSettings settings;
    private final AuditLog audit;
    private final Validator validator;

    ProfileFactsService(UserFactsRepository rows, ProfileFactsSettings settings, AuditLog audit, Validator validator) {
        this.rows = rows;
        this.settings = settings;
        this.audit = audit;
        this.validator = validator;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, PersonFacts> of(Collection<UUID> userIds) {
        Map<UUID, PersonFacts> found = new HashMap<>();
        if (!enabled() || userIds.isEmpty()) {
            return found;
        }
        for (UserFactsRow row : rows.findByIdIn(new HashSet<>(userIds))) {
            if (row.jobPosition() != null || row.yearsExperience() != null) {
                found.put(row.id(), new PersonFacts(row.jobPosition(), row.yearsExperience()));
            }
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public ProfileFactsView get(UUID userId, Caller actor) {
        UserFactsRow row = mayHandle(userId, actor);
        return enabled() ? new ProfileFactsView(true, row.jobPosition(), row.yearsExperience()) : new ProfileFactsView(false, null, null);
    }

    @Override
    @Transactional
    public ProfileFactsView set(UUID userId, PersonFacts facts, Caller actor) {
        UserFactsRow row = mayHandle(userId, actor);
        if (!enabled()) {
            throw new UnprocessableException("problem.profileFacts.off");
        }
        FieldCheck.of(validator, facts).throwIfAny();
        String position = facts.jobPosition() == null || facts.jobPosition().isBlank() ? null : facts.jobPosition().strip();
        UserFactsRow changed = new UserFactsRow(userId, position, facts.yearsExperience());
        if (!changed.equals(row)) {
            rows.update(changed);
            Map<String, Object> details = new HashMap<>();
            details.put("jobPosition", position == null ? "" : position);
            details.put("yearsExperience", facts.yearsExperience() == null ? "" : facts.yearsExperience());
            audit.record(actor, "USER_PROFILE_FACTS_CHANGED", "user", userId, details);
        }
        return new ProfileFactsView(true, position, facts.yearsExperience());
    }

    /** The person themself or an administrator; others learn nothing, not even whether the person exists. */
    private UserFactsRow mayHandle(UUID userId, Caller actor) {
        if (!actor.isAdmin() && !userId.equals(actor.userId())) {
            throw new ForbiddenException("problem.profileFacts.ownOnly");
        }
        return rows.findById(userId).orElseThrow(() -> new NotFoundException(UserService.NOT_FOUND));
    }
}
