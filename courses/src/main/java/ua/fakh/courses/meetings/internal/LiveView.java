package ua.fakh.courses.meetings.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.meetings.JoinedPerson;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The trainer's live list (three reads of the session's rows and one of names) and the companions the trainer confirms. */
@Singleton
class LiveView {
    static final int MAX_COMPANIONS = 50;
    private final JoinRepository joins;
    private final CheckinRepository checkins;
    private final CompanionRepository companions;
    private final SessionQueries sessions;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;

    LiveView(JoinRepository joins, CheckinRepository checkins, CompanionRepository companions, SessionQueries sessions,
             Users users, AuditLog audit, Clock clock) {
        this.joins = joins;
        this.checkins = checkins;
        this.companions = companions;
        this.sessions = sessions;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    List<JoinedPerson> of(UUID sessionId) {
        List<JoinRow> joined = joins.findBySessionIdOrderByJoinedAt(sessionId);
        List<CheckinRow> checked = checkins.findBySessionIdOrderByCheckedAt(sessionId);
        List<CompanionRow> sat = companions.findBySessionId(sessionId);
        Set<UUID> people = new LinkedHashSet<>();
        joined.forEach(j -> people.add(j.userId()));
        checked.forEach(c -> people.add(c.userId()));
        sat.forEach(c -> people.add(c.userId()));
        Map<UUID, UserView> names = people.isEmpty() ? Map.of() : users.findAll(people);
        // grouped once: at a few hundred participants the page asks every few seconds
        Map<UUID, List<JoinRow>> joinsOf = joined.stream().collect(Collectors.groupingBy(JoinRow::userId));
        Map<UUID, List<Instant>> checkinsOf = checked.stream().collect(Collectors.groupingBy(CheckinRow::userId,
                Collectors.mapping(CheckinRow::checkedAt, Collectors.toList())));
        Map<UUID, UUID> hostOf = sat.stream().collect(Collectors.toMap(CompanionRow::userId, CompanionRow::hostUserId, (a, b) -> a));
        List<JoinedPerson> list = new ArrayList<>();
        for (UUID person : people) {
            List<JoinRow> own = joinsOf.getOrDefault(person, List.of());
            list.add(new JoinedPerson(person, name(names, person),
                    own.isEmpty() ? null : own.get(0).joinedAt(), own.isEmpty() ? null : own.get(own.size() - 1).joinedAt(),
                    own.size(), own.stream().anyMatch(JoinRow::moderator), checkinsOf.getOrDefault(person, List.of()),
                    hostOf.get(person)));
        }
        return list.stream().sorted(Comparator.comparing((JoinedPerson p) -> p.firstJoinAt() == null ? Instant.MAX : p.firstJoinAt())
                .thenComparing(JoinedPerson::name)).toList();
    }

    List<JoinedPerson.Companion> confirm(SessionAccess session, UUID host, List<UUID> userIds, Caller trainer) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> wanted = new LinkedHashSet<>(userIds == null ? List.of() : userIds);
        wanted.remove(host);
        if (host == null || !joins.existsBySessionIdAndUserId(session.id(), host)) {
            errors.add(FieldError.of("hostUserId", "problem.companion.hostNotJoined"));
        }
        if (wanted.isEmpty() || wanted.size() > MAX_COMPANIONS) {
            errors.add(FieldError.of("userIds", "problem.companion.count", 1, MAX_COMPANIONS));
        } else if (!new HashSet<>(sessions.membersAmong(session.courseId(), session.cohortId(), wanted)).containsAll(wanted)) {
            errors.add(FieldError.of("userIds", "problem.companion.notMember"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Instant now = Times.now(clock);
        List<UUID> added = new ArrayList<>();
        for (UUID person : wanted) {
            if (companions.existsBySessionIdAndUserId(session.id(), person)) {
                continue;
            }
            try {
                companions.save(new CompanionRow(Ids.newId(), session.id(), host, person, trainer.userId(), now));
                added.add(person);
            } catch (DataAccessException concurrent) {
                // confirmed at the same moment by another request: the first confirmation stands
            }
        }
        if (!added.isEmpty()) {
            audit.record(trainer, "MEETING_COMPANIONS_CONFIRMED", "session", session.id(), Map.of("host", host, "people", added));
        }
        List<CompanionRow> ofHost = companions.findBySessionId(session.id()).stream().filter(c -> c.hostUserId().equals(host)).toList();
        Map<UUID, UserView> names = ofHost.isEmpty() ? Map.of() : users.findAll(ofHost.stream().map(CompanionRow::userId).toList());
        return ofHost.stream().map(c -> new JoinedPerson.Companion(c.hostUserId(), c.userId(), name(names, c.userId()),
                c.confirmedBy(), c.confirmedAt())).toList();
    }

    private static String name(Map<UUID, UserView> names, UUID person) {
        UserView user = names.get(person);
        return user == null ? person.toString() : user.fullName();
    }
}
