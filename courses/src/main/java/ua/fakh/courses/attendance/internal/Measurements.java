package ua.fakh.courses.attendance.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads what is known about one session's meeting and turns it into each person's stretches ({@link Presence}). */
@Singleton
class Measurements {
    static final String REPORT = "REPORT";
    static final String JOIN_LOG = "JOIN_LOG";

    private final MeetingLog log;

    Measurements(MeetingLog log) {
        this.log = log;
    }

    /** One person's time at the session: whole minutes inside the window, and their first and last moment seen. */
    record PersonTime(int minutes, @Nullable Instant joinedAt, @Nullable Instant leftAt) {
        static final PersonTime NEVER_JOINED = new PersonTime(0, null, null);

        boolean joined() {
            return joinedAt != null;
        }
    }

    /** Everyone's time, by user id (people nobody saw are absent), and where it was measured from. */
    record Session(Presence.Window window, String from, Map<UUID, PersonTime> people) {
        PersonTime of(UUID userId) {
            return people.getOrDefault(userId, PersonTime.NEVER_JOINED);
        }
    }

    Session of(MeetingLog.Session session) {
        Presence.Window window = Presence.Window.of(session.startsAt(), MeetingLog.minutesOf(session.hours()));
        boolean reported = log.reports(session.id()) > 0;
        Map<UUID, List<Presence.Span>> own = reported ? fromReport(session.id()) : fromJoinLog(session.id(), window);
        Map<UUID, List<Presence.Span>> all = new HashMap<>(own);
        for (MeetingLog.Companion companion : log.companions(session.id())) {
            all.put(companion.userId(), Presence.withHost(own.getOrDefault(companion.userId(), List.of()),
                    own.getOrDefault(companion.hostUserId(), List.of())));
        }
        Map<UUID, PersonTime> people = new HashMap<>();
        all.forEach((userId, spans) -> {
            if (!spans.isEmpty()) {
                people.put(userId, new PersonTime(Presence.minutes(window, spans), Presence.first(spans), Presence.last(spans)));
            }
        });
        return new Session(window, reported ? REPORT : JOIN_LOG, people);
    }

    private Map<UUID, List<Presence.Span>> fromReport(UUID sessionId) {
        Map<UUID, List<Presence.Span>> spans = new HashMap<>();
        for (MeetingLog.Stretch stretch : log.stretches(sessionId)) {
            spans.computeIfAbsent(stretch.userId(), id -> new ArrayList<>()).add(new Presence.Span(stretch.joinedAt(), stretch.leftAt()));
        }
        return spans;
    }

    private Map<UUID, List<Presence.Span>> fromJoinLog(UUID sessionId, Presence.Window window) {
        List<Presence.Code> codes = log.codes(sessionId).stream().map(c -> new Presence.Code(c.id(), c.opensAt())).toList();
        Map<UUID, Set<UUID>> entered = new HashMap<>();
        log.checkins(sessionId).forEach(c -> entered.computeIfAbsent(c.userId(), id -> new HashSet<>()).add(c.codeId()));
        Map<UUID, List<Instant>> joins = new HashMap<>();
        log.findBySessionIdOrderByJoinedAt(sessionId).forEach(j -> joins.computeIfAbsent(j.userId(), id -> new ArrayList<>()).add(j.joinedAt()));
        Map<UUID, List<Presence.Span>> spans = new HashMap<>();
        joins.forEach((userId, times) -> spans.put(userId, Presence.fromJoinLog(window, times, codes, entered.getOrDefault(userId, Set.of()))));
        return spans;
    }
}
