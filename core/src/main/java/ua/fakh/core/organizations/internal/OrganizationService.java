package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.common.SearchText;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.organizations.NewOrganization;
import ua.fakh.core.organizations.OrganizationFacts;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class OrganizationService implements Organizations {
    static final String NOT_FOUND = "problem.organization.notFound";

    private final OrganizationRepository rows;
    private final OrganizationFields fields;
    private final OrganizationChecks checks;
    private final TerritoryCodeFields placed;
    private final AuditLog audit;
    private final Clock clock;

    OrganizationService(OrganizationRepository rows, OrganizationFields fields, OrganizationChecks checks,
                        TerritoryCodeFields placed, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.fields = fields;
        this.checks = checks;
        this.placed = placed;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OrganizationView create(NewOrganization org, Caller actor) {
        UUID id = Ids.newId();
        OrganizationChecks.Checked checked = checks.ofNew(org, id);
        checked.check().throwIfAny();
        Instant now = clock.instant();
        OrganizationFacts facts = checked.facts();
        OrganizationRow row = new OrganizationRow(id, org.kind(), org.name().strip(), blankToNull(org.nameEn()),
                checked.edrpou(), checked.code(), org.parentId(), checked.parentPath() + id + "/",
                searchText(org.name(), org.nameEn(), checked.edrpou(), checked.code()), now, now,
                facts.katottg(), facts.hromadaKind(), facts.institutionKind(), facts.frontlineSince(), facts.deoccupiedSince(),
                facts.staffHeadcount());
        saved(() -> rows.save(row), checked.edrpou(), checked.code(), territorial(row));
        audit.record(actor, "ORGANIZATION_CREATED", "organization", id, describe(row));
        return row.view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FieldError> check(NewOrganization organization, @Nullable UUID id) {
        FieldCheck check;
        if (id == null) {
            check = checks.ofNew(organization, Ids.newId()).check();
        } else {
            OrganizationRow row = rows.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
            check = checks.ofChange(row, organization, organization.parentId()).check();
        }
        return check.isEmpty() ? List.of() : check.asException().fieldErrors();
    }

    @Override
    @Transactional
    public OrganizationView update(UUID id, NewOrganization change, Caller actor) {
        return change(id, change, true, actor);
    }

    @Override
    @Transactional
    public OrganizationView replace(UUID id, NewOrganization organization, Caller actor) {
        return change(id, organization, false, actor);
    }

    private OrganizationView change(UUID id, NewOrganization change, boolean absentParentKeeps, Caller actor) {
        OrganizationRow row = lockedWithParent(id, change.parentId());
        UUID parentId = change.parentId() == null && absentParentKeeps ? row.parentId() : change.parentId();
        OrganizationChecks.Checked checked = checks.ofChange(row, change, parentId);
        checked.check().throwIfAny();
        String edrpou = checked.edrpou();
        String code = checked.code();
        OrganizationFacts facts = checked.facts();
        OrganizationRow updated = new OrganizationRow(id, row.kind(), change.name().strip(), blankToNull(change.nameEn()),
                edrpou, code, parentId, checked.parentPath() + id + "/", searchText(change.name(), change.nameEn(), edrpou, code),
                row.createdAt(), clock.instant(), facts.katottg(), facts.hromadaKind(), facts.institutionKind(),
                facts.frontlineSince(), facts.deoccupiedSince(), facts.staffHeadcount());
        saved(() -> rows.update(updated), edrpou, code, territorial(updated));
        Map<String, Object> details = describe(updated);
        details.put("previousName", row.name());
        audit.record(actor, "ORGANIZATION_UPDATED", "organization", id, details);
        moveSubtree(row, updated, actor);
        return updated.view();
    }

    @Override
    @Transactional
    public OrganizationView move(UUID id, @Nullable UUID parentId, Caller actor) {
        OrganizationRow row = lockedWithParent(id, parentId);
        if (Objects.equals(parentId, row.parentId())) {
            return row.view();
        }
        FieldCheck check = FieldCheck.start();
        String parentPath = fields.parentPath(row.kind(), parentId, id, check);
        if (check.isEmpty()) {
            placed.checkMove(new TerritoryCodes.Planned(id, row.kind(), parentPath + id + "/", row.path(), row.katottg(), true), check);
        }
        check.throwIfAny();
        OrganizationRow moved = row.movedTo(parentId, parentPath + id + "/", clock.instant());
        rows.update(moved);
        moveSubtree(row, moved, actor);
        return moved.view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganizationView> resolve(String reference) {
        String typed = reference == null ? "" : reference.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        try {
            return rows.findById(UUID.fromString(typed)).map(OrganizationRow::view).stream().toList();
        } catch (IllegalArgumentException notAnId) {
            return rows.findByReference(typed).stream().map(OrganizationRow::view).toList();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganizationView> find(UUID id) {
        return rows.findById(id).map(OrganizationRow::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, OrganizationView> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : rows.findByIdIn(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(OrganizationRow::id, OrganizationRow::view));
    }

    @Override
    public OrganizationView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isWithin(UUID organizationId, UUID ancestorId) {
        if (organizationId == null || ancestorId == null) {
            return false;
        }
        if (organizationId.equals(ancestorId)) {
            return true;
        }
        return rows.findById(organizationId).map(r -> r.path().contains("/" + ancestorId + "/")).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganizationView> children(@Nullable UUID parentId) {
        List<OrganizationRow> found = parentId == null ? rows.findByParentIdIsNullOrderByName()
                : rows.findByParentIdOrderByName(parentId);
        return found.stream().map(OrganizationRow::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganizationView> subtree(UUID rootId) {
        OrganizationRow root = rows.findById(rootId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return rows.findSubtree(root.path() + "%").stream().map(OrganizationRow::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<OrganizationView> search(@Nullable String query, @Nullable Integer page, @Nullable Integer size) {
        return Paging.view(rows.search(SearchText.containsPattern(query), Paging.of(page, size))).map(OrganizationRow::view);
    }

    /** The organization and the parent it may move to, locked together so two moves cannot make a circle. */
    private OrganizationRow lockedWithParent(UUID id, @Nullable UUID parentId) {
        Set<UUID> ids = new HashSet<>(Arrays.asList(id, parentId));
        ids.remove(null);
        List<OrganizationRow> locked = rows.lockAll(ids);
        return locked.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private void moveSubtree(OrganizationRow before, OrganizationRow after, Caller actor) {
        if (before.path().equals(after.path())) {
            return;
        }
        rows.movePaths(after.path(), before.path().length() + 1, before.path() + "%", after.id());
        Map<String, Object> details = new HashMap<>();
        details.put("from", Objects.toString(before.parentId(), "top level"));
        details.put("to", Objects.toString(after.parentId(), "top level"));
        audit.record(actor, "ORGANIZATION_MOVED", "organization", after.id(), details);
    }

    /** Two requests giving the same EDRPOU, code or territory code at once: the unique index decides, the loser gets 422. */
    private static void saved(Runnable write, @Nullable String edrpou, @Nullable String code, @Nullable String territoryCode) {
        try {
            write.run();
        } catch (DataAccessException race) {
            FieldCheck taken = FieldCheck.start();
            if (edrpou != null) {
                taken.taken("edrpou", "problem.field.edrpouTaken");
            }
            if (code != null) {
                taken.taken("code", "problem.field.codeTaken");
            }
            if (territoryCode != null) {
                taken.taken("katottg", "problem.field.katottgTaken");
            }
            taken.throwIfAny();
            throw race;
        }
    }

    /** The code only one oblast, district or hromada may have, or null. */
    private static @Nullable String territorial(OrganizationRow row) {
        return TerritoryCodes.TERRITORIES.contains(row.kind()) ? row.katottg() : null;
    }

    private static String searchText(String name, String nameEn, String edrpou, String code) {
        return SearchText.fold(name, nameEn, edrpou, code);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> describe(OrganizationRow row) {
        Map<String, Object> details = new HashMap<>();
        details.put("kind", row.kind());
        details.put("name", row.name());
        if (row.parentId() != null) {
            details.put("parentId", row.parentId());
        }
        if (row.edrpou() != null) {
            details.put("edrpou", row.edrpou());
        }
        if (row.code() != null) {
            details.put("code", row.code());
        }
        if (!row.facts().isEmpty()) {
            details.put("facts", OrganizationAudit.facts(row.facts()));
        }
        return details;
    }
}
