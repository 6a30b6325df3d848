package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.common.SearchText;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.organizations.Edrpou;
import ua.fakh.core.organizations.NewOrganization;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
class OrganizationService implements Organizations {
    private final OrganizationRepository rows;
    private final AuditLog audit;
    private final Clock clock;

    OrganizationService(OrganizationRepository rows, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OrganizationView create(@Valid NewOrganization org, Caller actor) {
        String edrpou = checkedEdrpou(org.edrpou());
        String parentPath = "/";
        if (org.parentId() == null) {
            if (!org.kind().mayBeRoot()) {
                throw ValidationException.of("parentId", "a " + org.kind() + " must be placed inside an organisation");
            }
        } else {
            OrganizationRow parent = rows.findById(org.parentId())
                    .orElseThrow(() -> ValidationException.of("parentId", "no such organisation"));
            if (!org.kind().allowedParents().contains(parent.kind())) {
                throw ValidationException.of("parentId", "a " + org.kind() + " cannot be placed inside a " + parent.kind());
            }
            parentPath = parent.path();
        }
        UUID id = Ids.newId();
        Instant now = clock.instant();
        OrganizationRow row = rows.save(new OrganizationRow(id, org.kind(), org.name().strip(), blankToNull(org.nameEn()),
                edrpou, org.parentId(), parentPath + id + "/", SearchText.fold(org.name(), org.nameEn(), edrpou), now, now));
        audit.record(actor, "ORGANIZATION_CREATED", "organization", id, describe(row));
        return row.view();
    }

    @Override
    @Transactional
    public OrganizationView update(UUID id, @Valid NewOrganization change, Caller actor) {
        OrganizationRow row = rows.findById(id).orElseThrow(() -> new NotFoundException("No such organisation"));
        if (change.kind() != row.kind()) {
            throw ValidationException.of("kind", "the kind of an organisation cannot change");
        }
        if (change.parentId() != null && !change.parentId().equals(row.parentId())) {
            throw ValidationException.of("parentId", "moving an organisation is not supported");
        }
        String edrpou = checkedEdrpou(change.edrpou());
        OrganizationRow updated = rows.update(new OrganizationRow(id, row.kind(), change.name().strip(),
                blankToNull(change.nameEn()), edrpou, row.parentId(), row.path(),
                SearchText.fold(change.name(), change.nameEn(), edrpou), row.createdAt(), clock.instant()));
        Map<String, Object> details = describe(updated);
        details.put("previousName", row.name());
        audit.record(actor, "ORGANIZATION_UPDATED", "organization", id, details);
        return updated.view();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganizationView> find(UUID id) {
        return rows.findById(id).map(OrganizationRow::view);
    }

    @Override
    public OrganizationView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("No such organisation"));
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
        OrganizationRow root = rows.findById(rootId).orElseThrow(() -> new NotFoundException("No such organisation"));
        return rows.findSubtree(root.path() + "%").stream().map(OrganizationRow::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<OrganizationView> search(@Nullable String query, @Nullable Integer page, @Nullable Integer size) {
        return Paging.view(rows.search(SearchText.containsPattern(query), Paging.of(page, size))).map(OrganizationRow::view);
    }

    private static String checkedEdrpou(String edrpou) {
        String code = blankToNull(edrpou);
        if (code != null && !Edrpou.isValid(code)) {
            throw ValidationException.of("edrpou", "not a valid EDRPOU code (8 digits with a matching check digit)");
        }
        return code;
    }

    private static String blankToNull(String text) {
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
        return details;
    }
}
