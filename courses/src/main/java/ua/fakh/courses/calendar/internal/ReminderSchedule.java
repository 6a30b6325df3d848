package ua.fakh.courses.calendar.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.courses.calendar.DateReminders;

/** Runs the date reminders' scan every {@code fakh.calendar.reminders.every} (5 minutes) on every node. */
@Singleton
@Requires(beans = DateReminders.class)
class ReminderSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final DateReminders reminders;

    ReminderSchedule(DateReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelay = "${fakh.calendar.reminders.every:5m}", initialDelay = "${fakh.calendar.reminders.first:1m}")
    void scan() {
        try {
            int handed = reminders.scan();
            if (handed > 0) {
                LOG.debug("Date reminders: {} notices handed on (repeats are dropped)", handed);
            }
        } catch (RuntimeException failed) {
            // the next run tries again: every occasion stays in its window for hours or days
            LOG.warn("Date reminders scan failed: {}", failed.toString());
        }
    }
}
