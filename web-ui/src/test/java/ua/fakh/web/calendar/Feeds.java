package ua.fakh.web.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a feed as a calendar app would, with ical4j (an independent parser), strictly, and checks RFC 5545 on the way. */
final class Feeds {
    private Feeds() {
    }

    static Calendar parseStrictly(String ics) throws Exception {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of: %s", line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).as("lines end with CRLF only").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.getEntries()).as("validation of\n%s", ics).isEmpty();
        return calendar;
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static Optional<VEvent> byUid(Calendar calendar, String uid) {
        return events(calendar).stream().filter(e -> value(e, "UID").equals(uid)).findFirst();
    }

    static String value(Component component, String property) {
        return component.getProperty(property).map(p -> p.getValue()).orElse("");
    }

    static String calendarValue(Calendar calendar, String property) {
        return calendar.getProperty(property).map(p -> p.getValue()).orElse("");
    }
}
