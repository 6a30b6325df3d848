package ua.fakh.courses.attendance.internal;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How long one person was at one session, computed from what is known: pure arithmetic on times, no
 * database, safe from any thread. Minutes are whole minutes (rounded down) of the union of the
 * person's stretches clipped to the session's window, so overlapping stretches (two devices, a
 * reconnect) are counted once and time before the start or after the end not at all.
 *
 * <p><b>From a provider's report</b> the stretches are the provider's join-to-leave times as given.
 *
 * <p><b>From Fakh's join log and check-in codes</b> (providers that report nothing) the rule is:
 * <ul>
 *   <li>nobody who never passed through Fakh's join page is counted (entering a code is not enough);</li>
 *   <li>each join starts a stretch that lasts until the first check-in code the host opened after that
 *   join which the person did not enter, or until the session's end when they entered every code opened
 *   after that join (so with no codes at all, a join counts until the end);</li>
 *   <li>a person who missed a code and joined again later is counted again from the new join.</li>
 * </ul>
 * In words: "you count from when you joined until the first code you missed was shown".
 *
 * <p><b>Companions</b> (people the host confirmed at another's device) get their host's stretches in
 * addition to their own.
 */
final class Presence {

    private Presence() {
    }

    /** [from, to): a stretch of time someone was there. */
    record Span(Instant from, Instant to) {
    }

    /** The session as planned: from its start for its length. */
    record Window(Instant start, Instant end) {
        static Window of(Instant start, int minutes) {
            return new Window(start, start.plus(Duration.ofMinutes(minutes)));
        }

        int minutes() {
            return (int) Duration.between(start, end).toMinutes();
        }
    }

    /** A check-in code the host showed: opened at {@code opensAt}. */
    record Code(UUID id, Instant opensAt) {
    }

    /** Whole minutes of the union of {@code spans} inside the window. */
    static int minutes(Window window, Collection<Span> spans) {
        long seconds = 0;
        for (Span span : union(clip(window, spans))) {
            seconds += Duration.between(span.from(), span.to()).toSeconds();
        }
        return (int) (seconds / 60);
    }

    /** The stretches the join log and the codes a person entered give them (see the class's rule). */
    static List<Span> fromJoinLog(Window window, List<Instant> joins, List<Code> codes, Set<UUID> entered) {
        List<Code> byOpening = codes.stream().sorted(Comparator.comparing(Code::opensAt)).toList();
        List<Span> spans = new ArrayList<>();
        for (Instant join : joins) {
            Instant until = window.end();
            for (Code code : byOpening) {
                if (code.opensAt().isAfter(join) && !entered.contains(code.id())) {
                    until = code.opensAt();
                    break;
                }
            }
            if (until.isAfter(join)) {
                spans.add(new Span(join, until));
            }
        }
        return spans;
    }

    /** A companion's stretches: their own and those of the person whose device they shared. */
    static List<Span> withHost(Collection<Span> own, Collection<Span> host) {
        List<Span> all = new ArrayList<>(own);
        all.addAll(host);
        return all;
    }

    /** Whether minutes reach the rule's share of the session: {@code minutes ≥ percent % of its length}. */
    static boolean meets(int minutes, int sessionMinutes, int percent) {
        return (long) minutes * 100 >= (long) percent * sessionMinutes;
    }

    /** The earliest start of the spans (null: none). */
    static @Nullable Instant first(Collection<Span> spans) {
        return spans.stream().map(Span::from).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The latest end of the spans (null: none). */
    static @Nullable Instant last(Collection<Span> spans) {
        return spans.stream().map(Span::to).max(Comparator.naturalOrder()).orElse(null);
    }

    private static List<Span> clip(Window window, Collection<Span> spans) {
        List<Span> clipped = new ArrayList<>();
        for (Span span : spans) {
            Instant from = span.from().isBefore(window.start()) ? window.start() : span.from();
            Instant to = span.to().isAfter(window.end()) ? window.end() : span.to();
            if (to.isAfter(from)) {
                clipped.add(new Span(from, to));
            }
        }
        return clipped;
    }

    private static List<Span> union(List<Span> spans) {
        List<Span> sorted = spans.stream().sorted(Comparator.comparing(Span::from)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !span.from().isAfter(previous.to())) {
                merged.set(merged.size() - 1, new Span(previous.from(), span.to().isAfter(previous.to()) ? span.to() : previous.to()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
