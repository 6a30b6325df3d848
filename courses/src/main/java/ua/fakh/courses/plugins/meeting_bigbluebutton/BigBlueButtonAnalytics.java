package ua.fakh.courses.plugins.meeting_bigbluebutton;

import ua.fakh.core.common.NulCharacter;
import ua.fakh.courses.spi.MeetingRejectedException;
import ua.fakh.courses.spi.MeetingReport;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The Learning Dashboard's report (BigBlueButton's {@code post_events_analytics_callback}, payload
 * version 1.0): {@code {meeting_id, internal_meeting_id, data: {start, finish, attendees: [{ext_user_id,
 * name, joins[], leaves[], sessions: {<internal user id>: {joins: [{timestamp}], lefts: [{timestamp}]}}}]}}}.
 * One stretch per join and the leave that follows it in the same browser session (a leave the server
 * never saw is the meeting's finish). The report's key is the internal meeting id: a new one for each
 * run of the meeting, the same one when the server sends the report again.
 */
final class BigBlueButtonAnalytics {
    static final String MALFORMED = "meeting_bigbluebutton.problem.malformed";
    static final String OTHER_MEETING = "meeting_bigbluebutton.problem.otherMeeting";
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Ruby's Time#to_s, what the report holds when ActiveSupport's JSON is not loaded. */
    private static final DateTimeFormatter RUBY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    private static final int MAX_KEY = 200;
    private static final int MAX_NAME = 300;

    private BigBlueButtonAnalytics() {
    }

    static MeetingReport report(Map<String, Object> payload, String meetingId) {
        String reportedMeeting = text(payload.get("meeting_id"), MAX_KEY);
        if (!meetingId.equals(reportedMeeting)) {
            throw new MeetingRejectedException(OTHER_MEETING);
        }
        String key = text(payload.get("internal_meeting_id"), MAX_KEY);
        Map<?, ?> data = object(payload.get("data"));
        Instant finish = time(data.get("finish"));
        if (!(data.get("attendees") instanceof List<?> attendees)) {
            throw new MeetingRejectedException(MALFORMED);
        }
        List<MeetingReport.Stretch> stretches = new ArrayList<>();
        for (Object attendee : attendees) {
            stretches.addAll(stretchesOf(object(attendee), finish));
        }
        return new MeetingReport(key, stretches);
    }

    private static List<MeetingReport.Stretch> stretchesOf(Map<?, ?> attendee, Instant finish) {
        String externalId = text(attendee.get("ext_user_id"), MAX_KEY);
        String name = text(attendee.get("name"), Integer.MAX_VALUE);
        String shownName = name.codePointCount(0, name.length()) > MAX_NAME ? name.substring(0, name.offsetByCodePoints(0, MAX_NAME)) : name;
        UUID userId = UUID_TEXT.matcher(externalId).matches() ? UUID.fromString(externalId) : null;
        List<MeetingReport.Stretch> stretches = new ArrayList<>();
        if (attendee.get("sessions") instanceof Map<?, ?> sessions && !sessions.isEmpty()) {
            for (Object session : sessions.values()) {
                Map<?, ?> one = object(session);
                pair(times(one.get("joins"), true), times(one.get("lefts"), true), finish,
                        (joined, left) -> stretches.add(new MeetingReport.Stretch(userId, externalId, shownName, joined, left)));
            }
        } else {
            pair(times(attendee.get("joins"), false), times(attendee.get("leaves"), false), finish,
                    (joined, left) -> stretches.add(new MeetingReport.Stretch(userId, externalId, shownName, joined, left)));
        }
        return stretches;
    }

    private static void pair(List<Instant> joins, List<Instant> leaves, Instant finish,
                             java.util.function.BiConsumer<Instant, Instant> stretch) {
        if (leaves.size() > joins.size()) {
            throw new MeetingRejectedException(MALFORMED);
        }
        for (int i = 0; i < joins.size(); i++) {
            Instant joined = joins.get(i);
            Instant left = i < leaves.size() ? leaves.get(i) : finish;
            if (left.isBefore(joined)) {
                throw new MeetingRejectedException(MALFORMED);
            }
            stretch.accept(joined, left);
        }
    }

    /** A list of times, or of {@code {timestamp}} events when {@code events}. */
    private static List<Instant> times(Object value, boolean events) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new MeetingRejectedException(MALFORMED);
        }
        List<Instant> times = new ArrayList<>();
        for (Object item : list) {
            times.add(time(events ? object(item).get("timestamp") : item));
        }
        return times;
    }

    private static Map<?, ?> object(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new MeetingRejectedException(MALFORMED);
    }

    private static String text(Object value, int maxLength) {
        if (value instanceof String text && !text.isBlank() && text.length() <= maxLength && !NulCharacter.in(text)) {
            return text;
        }
        throw new MeetingRejectedException(MALFORMED);
    }

    static Instant time(Object value) {
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notIso) {
                try {
                    return OffsetDateTime.parse(text, RUBY_TIME).toInstant();
                } catch (DateTimeParseException notRuby) {
                    throw new MeetingRejectedException(MALFORMED);
                }
            }
        }
        throw new MeetingRejectedException(MALFORMED);
    }
}
