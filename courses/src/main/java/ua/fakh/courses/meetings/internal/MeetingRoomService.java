package ua.fakh.courses.meetings.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.common.JsonColumns;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.plugins.PluginStrings;
import io.micronaut.http.HttpStatus;
import ua.fakh.courses.meetings.MeetingChoice;
import ua.fakh.courses.meetings.MeetingRooms;
import ua.fakh.courses.meetings.OpenedRoom;
import ua.fakh.courses.meetings.RoomRequest;
import ua.fakh.courses.spi.MeetingProvider;
import ua.fakh.courses.spi.MeetingRejectedException;
import ua.fakh.courses.spi.MeetingRequest;
import ua.fakh.courses.spi.MeetingRoom;
import ua.fakh.courses.spi.MeetingUnavailableException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Singleton
class MeetingRoomService implements MeetingRooms {
    private final MeetingProviders providers;
    private final JsonColumns json;
    private final String publicUrl;

    MeetingRoomService(MeetingProviders providers, JsonColumns json, FakhSettings settings) {
        this.providers = providers;
        this.json = json;
        this.publicUrl = settings.publicUrl().strip().replaceAll("/+$", "");
    }

    @Override
    public List<MeetingChoice> choices(Locale locale) {
        return providers.offered().stream().map(p -> new MeetingChoice(p.descriptor().id(), PluginStrings.name(p, locale),
                p.takesTrainerUrl())).toList();
    }

    @Override
    public OpenedRoom open(RoomRequest request) {
        if (!request.mode().isOnline()) {
            return OpenedRoom.NONE;
        }
        String chosen = request.provider() == null ? "" : request.provider().strip();
        String url = request.trainerUrl() == null || request.trainerUrl().isBlank() ? null : request.trainerUrl().strip();
        List<FieldError> errors = new ArrayList<>();
        Optional<MeetingProvider> offered = providers.offered().stream().filter(p -> p.descriptor().id().equals(chosen)).findFirst();
        if (chosen.isEmpty()) {
            errors.add(FieldError.of("meetingProvider", "problem.meeting.chooseProvider"));
        } else if (offered.isEmpty()) {
            errors.add(FieldError.of("meetingProvider", "problem.meeting.unknownProvider"));
        }
        boolean takesUrl = offered.map(MeetingProvider::takesTrainerUrl).orElse(url != null);
        if (takesUrl && url == null) {
            errors.add(FieldError.of("meetingUrl", "problem.meeting.urlRequired"));
        } else if (url != null && !MeetingAddress.isWebAddress(url)) {
            errors.add(FieldError.of("meetingUrl", "problem.meeting.urlNotHttp"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        MeetingProvider provider = offered.orElseThrow();
        String trainerUrl = takesUrl ? url : null;
        MeetingRoom room;
        try {
            room = provider.open(new MeetingRequest(request.sessionId(), request.title(), request.startsAt(), request.length(),
                    publicUrl + "/api/public/meetings/" + request.sessionId() + "/report", trainerUrl));
        } catch (MeetingRejectedException refused) {
            throw new ValidationException(List.of(FieldError.of(takesUrl ? "meetingUrl" : "meetingProvider", refused.messageKey())),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (MeetingUnavailableException unreachable) {
            throw MeetingUnreachableException.of(unreachable);
        }
        return new OpenedRoom(chosen, trainerUrl, json.write(StoredRoom.of(room)));
    }
}
