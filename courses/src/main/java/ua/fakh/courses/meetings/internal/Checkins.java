package ua.fakh.courses.meetings.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.meetings.Checkin;
import ua.fakh.courses.meetings.CheckinCode;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Check-in codes: six random digits the host shows for a few minutes, entered once per person and
 * code. The unique (code, person) key makes a repeat, even a concurrent one, the same check-in.
 */
@Singleton
class Checkins {
    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 240;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CheckinCodeRepository codes;
    private final CheckinRepository checkins;
    private final Clock clock;

    Checkins(CheckinCodeRepository codes, CheckinRepository checkins, Clock clock) {
        this.codes = codes;
        this.checkins = checkins;
        this.clock = clock;
    }

    CheckinCode open(SessionAccess session, int minutes, Caller trainer) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw ValidationException.of("minutes", "problem.checkin.minutes", MIN_MINUTES, MAX_MINUTES);
        }
        Instant now = Times.now(clock);
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        return view(codes.save(new CheckinCodeRow(Ids.newId(), session.id(), code, now, now.plus(Duration.ofMinutes(minutes)),
                trainer.userId())));
    }

    Optional<CheckinCode> shownNow(UUID sessionId) {
        Instant now = Times.now(clock);
        return codes.findFirstBySessionIdAndClosesAtGreaterThanOrderByOpensAtDesc(sessionId, now)
                .filter(c -> c.isOpenAt(now)).map(Checkins::view);
    }

    Checkin enter(SessionAccess session, String typed, Caller member) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        List<CheckinCodeRow> matching = code.matches("\\d{6}") ? codes.findBySessionIdAndCode(session.id(), code) : List.of();
        if (matching.isEmpty()) {
            throw refused("problem.checkin.wrong");
        }
        List<UUID> ids = matching.stream().map(CheckinCodeRow::id).toList();
        Optional<CheckinRow> earlier = checkins.findFirstByCodeIdInAndUserId(ids, member.userId());
        if (earlier.isPresent()) {
            return view(earlier.get());
        }
        Instant now = Times.now(clock);
        CheckinCodeRow open = matching.stream().filter(c -> c.isOpenAt(now)).findFirst()
                .orElseThrow(() -> refused("problem.checkin.expired"));
        try {
            return view(checkins.save(new CheckinRow(Ids.newId(), open.id(), session.id(), member.userId(), now)));
        } catch (DataAccessException concurrent) {
            // the same person's other request got there first: theirs is the check-in
            return checkins.findFirstByCodeIdInAndUserId(List.of(open.id()), member.userId()).map(Checkins::view)
                    .orElseThrow(() -> concurrent);
        }
    }

    private static ValidationException refused(String key) {
        return new ValidationException(List.of(FieldError.of("code", key)), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private static CheckinCode view(CheckinCodeRow row) {
        return new CheckinCode(row.id(), row.sessionId(), row.code(), row.opensAt(), row.closesAt());
    }

    private static Checkin view(CheckinRow row) {
        return new Checkin(row.sessionId(), row.codeId(), row.userId(), row.checkedAt());
    }
}
