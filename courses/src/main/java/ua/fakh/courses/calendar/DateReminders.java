package ua.fakh.courses.calendar;

/**
 * The reminders that come from dates: a session tomorrow, a due date in a week and in a day, overdue,
 * a quiz closing within a day. A scheduler runs {@link #scan} every few minutes on every node; each
 * occasion has its own event key, so however often and wherever it runs, a person hears of it once.
 * <p>
 * When: a session's reminder the day before it, from 09:00 Kyiv time; a due date's from 09:00 Kyiv
 * time of the day it falls 7 days (or fewer) ahead, again from 09:00 of the day before (or of the day
 * itself), and once overdue, from 09:00 of a day after it passed (for 7 days; later is no reminder);
 * a quiz's from 24 hours before it closes, to whoever has not submitted it.
 */
public interface DateReminders {

    /** Hands every reminder due now to the notifications (repeats are dropped there); returns how many notices it handed. */
    int scan();
}
