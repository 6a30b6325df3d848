package ua.fakh.core.organizations.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.CsvLines;
import ua.fakh.core.common.NulCharacter;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.organizations.FactsImportResult;
import ua.fakh.core.organizations.FactsLineError;
import ua.fakh.core.organizations.FactsRefusedException;
import ua.fakh.core.organizations.InstitutionKindView;
import ua.fakh.core.organizations.InstitutionKinds;
import ua.fakh.core.organizations.OrganizationFacts;
import ua.fakh.core.organizations.OrganizationFactsCsv;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** All lines are read and checked first, against the tree as it will be; only a file without a wrong line is applied. */
@Singleton
class FactsCsvService implements OrganizationFactsCsv {
    private final OrganizationRepository rows;
    private final Organizations organizations;
    private final InstitutionKinds kinds;
    private final OrganizationFactRules rules;
    private final TerritoryCodes codes;
    private final AuditLog audit;
    private final Clock clock;

    FactsCsvService(OrganizationRepository rows, Organizations organizations, InstitutionKinds kinds, OrganizationFactRules rules,
                    TerritoryCodes codes, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.organizations = organizations;
        this.kinds = kinds;
        this.rules = rules;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] export(Caller actor) {
        mustAdminister(actor);
        return FactsCsvWriter.write(rows.findAllInTreeOrder());
    }

    /** A line read: the organization, its facts as they will be, and the line's number. */
    private record Planned(int line, OrganizationRow row, OrganizationFacts facts) {
    }

    @Override
    @Transactional
    public FactsImportResult apply(String csv, Caller actor) {
        mustAdminister(actor);
        List<CsvLines.Row> lines = CsvLines.parse(csv);
        List<FactsLineError> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            throw new FactsRefusedException(List.of(new FactsLineError(1, "header", "problem.facts.empty", List.of())));
        }
        if (lines.size() - 1 > MAX_LINES) {
            throw new FactsRefusedException(List.of(new FactsLineError(1, "header", "problem.facts.tooManyLines", List.of(MAX_LINES))));
        }
        FactsCsvColumns columns = FactsCsvColumns.of(lines.get(0), problems);
        if (!problems.isEmpty()) {
            throw new FactsRefusedException(problems);
        }
        List<InstitutionKindView> known = kinds.list(Locale.ROOT);
        Map<UUID, Planned> planned = new LinkedHashMap<>();
        for (CsvLines.Row line : lines.subList(1, lines.size())) {
            read(line, columns, known, planned, problems);
        }
        placed(planned, problems);
        if (!problems.isEmpty()) {
            throw new FactsRefusedException(problems);
        }
        int changed = write(planned.values(), actor);
        audit.record(actor, "ORGANIZATION_FACTS_IMPORTED", "organization", null, Map.of("organizations", planned.size(), "changed", changed));
        return new FactsImportResult(planned.size(), changed);
    }

    private void read(CsvLines.Row line, FactsCsvColumns columns, List<InstitutionKindView> known, Map<UUID, Planned> planned,
                      List<FactsLineError> problems) {
        if (NulCharacter.inAny(line.fields())) {
            problems.add(new FactsLineError(line.line(), "row", "problem.nul", List.of()));
            return;
        }
        String reference = columns.cell(line, FactsCsvColumns.ORGANIZATION).orElse("");
        List<OrganizationView> found = reference.isEmpty() ? List.of() : organizations.resolve(reference);
        if (found.size() != 1) {
            problems.add(new FactsLineError(line.line(), FactsCsvColumns.ORGANIZATION, reference.isEmpty() ? "problem.field.required"
                    : found.isEmpty() ? "problem.field.organizationUnknown" : "problem.field.organizationAmbiguous", List.of()));
            return;
        }
        OrganizationRow row = rows.findById(found.get(0).id()).orElseThrow();
        Planned twin = planned.get(row.id());
        if (twin != null) {
            problems.add(new FactsLineError(line.line(), FactsCsvColumns.ORGANIZATION, "problem.facts.organizationTwice", List.of(twin.line())));
            return;
        }
        int before = problems.size();
        OrganizationFacts typed = new FactsCsvLine(line, columns, problems).read(row.facts(), known);
        FieldCheck check = FieldCheck.start();
        OrganizationFacts facts = rules.check(row.kind(), typed, check);
        if (!check.isEmpty()) {
            for (FieldError error : check.asException().fieldErrors()) {
                problems.add(new FactsLineError(line.line(), FactsCsvColumns.BY_FIELD.getOrDefault(error.field(), error.field()),
                        error.message(), error.arguments()));
            }
        }
        if (problems.size() == before) {
            planned.put(row.id(), new Planned(line.line(), row, facts));
        }
    }

    /** The codes of every good line where they will sit, all lines applied. */
    private void placed(Map<UUID, Planned> planned, List<FactsLineError> problems) {
        List<TerritoryCodes.Planned> all = planned.values().stream().map(p -> new TerritoryCodes.Planned(p.row().id(), p.row().kind(),
                p.row().path(), p.row().path(), p.facts().katottg(), false)).toList();
        for (TerritoryCodes.Problem problem : codes.check(all)) {
            String key = switch (problem.conflict()) {
                case TAKEN -> "problem.field.katottgTaken";
                case OUTSIDE_ABOVE -> "problem.field.katottgOutsideAbove";
                case BELOW_OUTSIDE -> "problem.field.katottgBelowOutside";
                case BELOW_OUTSIDE_NEW_PLACE -> "problem.field.katottgBelowOutsideNewPlace";
            };
            problems.add(new FactsLineError(planned.get(problem.id()).line(), FactsCsvColumns.KATOTTG, key, List.of(problem.arguments())));
        }
    }

    private int write(Iterable<Planned> planned, Caller actor) {
        Instant now = clock.instant();
        int changed = 0;
        for (Planned p : planned) {
            if (p.facts().equals(p.row().facts())) {
                continue;
            }
            try {
                rows.update(p.row().withFacts(p.facts(), now));
            } catch (DataAccessException race) {
                // another administrator gave the code meanwhile: the whole file is refused, as the unique index says
                throw new FactsRefusedException(List.of(new FactsLineError(p.line(), FactsCsvColumns.KATOTTG, "problem.field.katottgTaken", List.of())));
            }
            audit.record(actor, "ORGANIZATION_FACTS_CHANGED", "organization", p.row().id(), OrganizationAudit.facts(p.facts()));
            changed++;
        }
        return changed;
    }

    private static void mustAdminister(Caller actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("problem.facts.adminsOnly");
        }
    }
}
