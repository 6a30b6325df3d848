package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.errors.FieldCheck;
import ua.fakh.core.organizations.InstitutionKinds;
import ua.fakh.core.organizations.Katottg;
import ua.fakh.core.organizations.KatottgLevel;
import ua.fakh.core.organizations.OrganizationFacts;
import ua.fakh.core.organizations.OrganizationKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * The facts one organization may carry for its kind, each wrong one added to a {@link FieldCheck}
 * (so a form learns them all at once): a KATOTTG code of the level its kind is, the kind of hromada
 * and the frontline and de-occupation days on hromadas only, an existing kind of institution on
 * institutions only, no headcount on providers. Where the code sits in the tree is
 * {@link TerritoryCodes}'s question.
 */
@Singleton
class OrganizationFactRules {
    /** Reports count frontline and de-occupied communities from the war's first year; an older day is a typo. */
    static final LocalDate EARLIEST_DAY = LocalDate.of(2014, 1, 1);

    private final InstitutionKinds institutionKinds;
    private final Clock clock;

    OrganizationFactRules(InstitutionKinds institutionKinds, Clock clock) {
        this.institutionKinds = institutionKinds;
        this.clock = clock;
    }

    /** The facts as they will be stored (the code upper-cased, blanks as none), with every problem added to {@code check}. */
    OrganizationFacts check(OrganizationKind kind, OrganizationFacts typed, FieldCheck check) {
        Katottg code = katottg(kind, typed.katottg(), check);
        if (typed.hromadaKind() != null && kind != OrganizationKind.HROMADA) {
            check.add("hromadaKind", "problem.field.onlyForHromadas");
        }
        String institutionKind = OrganizationService.blankToNull(typed.institutionKind());
        if (institutionKind != null) {
            if (kind != OrganizationKind.INSTITUTION) {
                check.add("institutionKind", "problem.field.onlyForInstitutions");
            } else if (!institutionKinds.exists(institutionKind)) {
                check.add("institutionKind", "problem.field.noSuchInstitutionKind");
            }
        }
        day("frontlineSince", kind, typed.frontlineSince(), check);
        day("deoccupiedSince", kind, typed.deoccupiedSince(), check);
        Integer headcount = typed.staffHeadcount();
        if (headcount != null && kind == OrganizationKind.PROVIDER) {
            check.add("staffHeadcount", "problem.field.headcountNotForProviders");
        } else if (headcount != null && headcount < 0) {
            check.add("staffHeadcount", "problem.constraint.PositiveOrZero");
        }
        return new OrganizationFacts(code == null ? null : code.value(), typed.hromadaKind(), institutionKind,
                typed.frontlineSince(), typed.deoccupiedSince(), headcount);
    }

    /** The levels a code of an organization of {@code kind} may have; none for providers. */
    static Set<KatottgLevel> levelsOf(OrganizationKind kind) {
        return switch (kind) {
            case OBLAST -> Set.of(KatottgLevel.OBLAST);
            case DISTRICT -> Set.of(KatottgLevel.DISTRICT);
            case HROMADA -> Set.of(KatottgLevel.HROMADA);
            // an institution works in a hromada, one of its settlements, or a district of a city
            case INSTITUTION -> Set.of(KatottgLevel.HROMADA, KatottgLevel.SETTLEMENT, KatottgLevel.URBAN_DISTRICT);
            case PROVIDER -> Set.of();
        };
    }

    private static @Nullable Katottg katottg(OrganizationKind kind, @Nullable String typed, FieldCheck check) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<Katottg> code = Katottg.parse(typed);
        if (code.isEmpty()) {
            check.add("katottg", "problem.field.katottgInvalid");
        } else if (Collections.disjoint(levelsOf(kind), code.get().possibleLevels())) {
            check.add("katottg", "problem.field.katottgLevel." + kind.name());
        }
        return code.orElse(null);
    }

    private void day(String field, OrganizationKind kind, @Nullable LocalDate day, FieldCheck check) {
        if (day == null) {
            return;
        }
        if (kind != OrganizationKind.HROMADA) {
            check.add(field, "problem.field.onlyForHromadas");
        } else if (day.isBefore(EARLIEST_DAY)) {
            check.add(field, "problem.field.dayBefore2014");
        } else if (day.isAfter(KyivTime.day(clock.instant()))) {
            check.add(field, "problem.constraint.PastOrPresent");
        }
    }
}
