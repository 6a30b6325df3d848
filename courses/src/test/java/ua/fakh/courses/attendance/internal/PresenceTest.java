package ua.fakh.courses.attendance.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PresenceTest {
    static final Instant START = Instant.parse("2026-12-14T08:00:00Z");
    static final Presence.Window FOUR_HOURS = Presence.Window.of(START, 240);

    static Instant at(int minute) {
        return START.plusSeconds(minute * 60L);
    }

    static Presence.Span span(int from, int to) {
        return new Presence.Span(at(from), at(to));
    }

    @Test
    void overlappingStretchesCountOnce() {
        assertThat(Presence.minutes(FOUR_HOURS, List.of(span(0, 60), span(30, 90), span(120, 150)))).isEqualTo(120);
    }

    @Test
    void timeBeforeTheStartAndAfterTheEndIsNotCounted() {
        assertThat(Presence.minutes(FOUR_HOURS, List.of(span(-30, 20), span(230, 300)))).isEqualTo(30);
        assertThat(Presence.minutes(FOUR_HOURS, List.of(span(-60, -10), span(250, 300)))).isZero();
    }

    @Test
    void secondsBelowAMinuteAreDropped() {
        assertThat(Presence.minutes(FOUR_HOURS, List.of(new Presence.Span(at(0), at(10).plusSeconds(59))))).isEqualTo(10);
    }

    @Test
    void aJoinWithoutCodesCountsUntilTheEnd() {
        List<Presence.Span> spans = Presence.fromJoinLog(FOUR_HOURS, List.of(at(-5)), List.of(), Set.of());
        assertThat(Presence.minutes(FOUR_HOURS, spans)).isEqualTo(240);
    }

    @Test
    void aJoinCountsUntilTheFirstCodeMissed() {
        Presence.Code first = new Presence.Code(UUID.randomUUID(), at(60));
        Presence.Code second = new Presence.Code(UUID.randomUUID(), at(120));
        Presence.Code third = new Presence.Code(UUID.randomUUID(), at(180));
        List<Presence.Code> codes = List.of(third, first, second);

        assertThat(Presence.minutes(FOUR_HOURS, Presence.fromJoinLog(FOUR_HOURS, List.of(at(10)), codes,
                Set.of(first.id(), second.id())))).isEqualTo(170);
        assertThat(Presence.minutes(FOUR_HOURS, Presence.fromJoinLog(FOUR_HOURS, List.of(at(10)), codes,
                Set.of(first.id(), second.id(), third.id())))).isEqualTo(230);
        assertThat(Presence.minutes(FOUR_HOURS, Presence.fromJoinLog(FOUR_HOURS, List.of(at(10)), codes, Set.of()))).isEqualTo(50);
    }

    @Test
    void aCodeShownBeforeSomeoneJoinedIsNotMissedAndAJoinAgainCountsAgain() {
        Presence.Code early = new Presence.Code(UUID.randomUUID(), at(30));
        Presence.Code late = new Presence.Code(UUID.randomUUID(), at(200));
        // joined after the first code, left unnoticed, missed the late one, joined again after it
        List<Presence.Span> spans = Presence.fromJoinLog(FOUR_HOURS, List.of(at(40), at(210)), List.of(early, late), Set.of());
        assertThat(Presence.minutes(FOUR_HOURS, spans)).isEqualTo(160 + 30);
        assertThat(Presence.first(spans)).isEqualTo(at(40));
        assertThat(Presence.last(spans)).isEqualTo(at(240));
    }

    @Test
    void nobodyWhoNeverJoinedIsCounted() {
        Presence.Code code = new Presence.Code(UUID.randomUUID(), at(60));
        assertThat(Presence.fromJoinLog(FOUR_HOURS, List.of(), List.of(code), Set.of(code.id()))).isEmpty();
        assertThat(Presence.first(List.of())).isNull();
    }

    @Test
    void aCompanionGetsTheHostsTimeBesidesTheirOwn() {
        List<Presence.Span> host = List.of(span(0, 200));
        assertThat(Presence.minutes(FOUR_HOURS, Presence.withHost(List.of(), host))).isEqualTo(200);
        assertThat(Presence.minutes(FOUR_HOURS, Presence.withHost(List.of(span(150, 240)), host))).isEqualTo(240);
    }

    @Test
    void theRuleIsAShareOfTheSession() {
        assertThat(Presence.meets(180, 240, 75)).isTrue();
        assertThat(Presence.meets(179, 240, 75)).isFalse();
        assertThat(Presence.meets(0, 240, 1)).isFalse();
        assertThat(Presence.meets(240, 240, 100)).isTrue();
    }
}
