package ua.fakh.core.organizations.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.organizations.InstitutionKindNames;
import ua.fakh.core.organizations.InstitutionKindView;
import ua.fakh.core.organizations.InstitutionKinds;
import ua.fakh.core.organizations.NewInstitutionKind;
import ua.fakh.core.security.Caller;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Singleton
class InstitutionKindService implements InstitutionKinds {
    static final String NOT_FOUND = "problem.institutionKind.notFound";

    private final InstitutionKindRepository kinds;
    private final AuditLog audit;
    private final Clock clock;
    private final Validator validator;

    InstitutionKindService(InstitutionKindRepository kinds, AuditLog audit, Clock clock, Validator validator) {
        this.kinds = kinds;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InstitutionKindView> list(Locale locale) {
        Map<String, Long> uses = new HashMap<>();
        kinds.uses().forEach(use -> uses.put(use.code(), use.organizations()));
        return kinds.findAllInOrder().stream().map(row -> view(row, uses.getOrDefault(row.code(), 0L), locale)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return code != null && kinds.existsById(code);
    }

    @Override
    @Transactional
    public InstitutionKindView add(NewInstitutionKind kind, Caller actor, Locale locale) {
        mustAdminister(actor);
        FieldCheck check = FieldCheck.of(validator, kind);
        String code = kind.code() == null ? "" : kind.code().strip();
        if (!check.has("code") && kinds.existsById(code)) {
            check.taken("code", "problem.field.institutionKindTaken");
        }
        check.throwIfAny();
        InstitutionKindRow row = new InstitutionKindRow(code, kind.name().strip(), englishOr(kind.nameEn(), kind.name()),
                kinds.lastPosition() + 10, false, clock.instant());
        try {
            kinds.save(row);
        } catch (DataAccessException race) {
            FieldCheck.start().taken("code", "problem.field.institutionKindTaken").throwIfAny();
        }
        audit.record(actor, "INSTITUTION_KIND_ADDED", "institutionKind", code, Map.of("name", row.name(), "nameEn", row.nameEn()));
        return view(row, 0, locale);
    }

    @Override
    @Transactional
    public InstitutionKindView rename(String code, InstitutionKindNames names, Caller actor, Locale locale) {
        mustAdminister(actor);
        InstitutionKindRow row = kinds.findById(code).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        FieldCheck.of(validator, names).throwIfAny();
        InstitutionKindRow renamed = new InstitutionKindRow(code, names.name().strip(), englishOr(names.nameEn(), names.name()),
                row.position(), row.builtIn(), row.createdAt());
        kinds.update(renamed);
        audit.record(actor, "INSTITUTION_KIND_RENAMED", "institutionKind", code, Map.of("name", renamed.name(),
                "nameEn", renamed.nameEn(), "previousName", row.name()));
        return view(renamed, kinds.organizationsWith(code), locale);
    }

    @Override
    @Transactional
    public void remove(String code, Caller actor) {
        mustAdminister(actor);
        InstitutionKindRow row = kinds.findById(code).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (row.builtIn()) {
            throw new ConflictException("problem.institutionKind.builtIn");
        }
        if (kinds.organizationsWith(code) > 0) {
            throw new ConflictException("problem.institutionKind.inUse");
        }
        try {
            kinds.delete(row);
        } catch (DataAccessException givenMeanwhile) {
            throw new ConflictException("problem.institutionKind.inUse"); // an organization got it since the count
        }
        audit.record(actor, "INSTITUTION_KIND_REMOVED", "institutionKind", code, Map.of("name", row.name()));
    }

    private static void mustAdminister(Caller actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("problem.institutionKind.adminsOnly");
        }
    }

    private static String englishOr(String nameEn, String name) {
        return nameEn == null || nameEn.isBlank() ? name.strip() : nameEn.strip();
    }

    private static InstitutionKindView view(InstitutionKindRow row, long organizations, Locale locale) {
        String shown = "en".equals(locale.getLanguage()) ? row.nameEn() : row.name();
        return new InstitutionKindView(row.code(), shown, row.name(), row.nameEn(), row.position(), row.builtIn(), organizations);
    }
}
