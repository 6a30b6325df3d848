package ua.fakh.web.registration;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.registration.EventView;
import ua.fakh.courses.registration.RegistrationState;

/**
 * The event page: what, when, how many seats are left, and what the person can do now
 * ({@code error}: a refusal to show, already in the page's language).
 */
public record EventModel(EventView event, String courseTitle, boolean mayRegisterStaff, @Nullable String notice,
                         @Nullable String error) {

    public String base() {
        return "/events/" + event.cohortId();
    }

    public boolean seated() {
        return event.mine().state() == RegistrationState.SEATED;
    }

    public boolean waiting() {
        return event.mine().state() == RegistrationState.WAITING;
    }

    /** A free seat goes to the first waiting, so a newcomer takes a seat only when nobody waits. */
    public boolean seatFree() {
        return event.registration().seatsLeft() > 0 && event.registration().waiting() == 0;
    }

    public String closes() {
        return KyivTime.dateTime(event.registration().closesAt());
    }

    public String when(CohortView.Session session) {
        return KyivTime.dateTime(session.startsAt());
    }

    public String dates() {
        if (event.startsOn() == null) {
            return "";
        }
        return KyivTime.date(event.startsOn()) + (event.endsOn() == null || event.endsOn().equals(event.startsOn()) ? ""
                : " – " + KyivTime.date(event.endsOn()));
    }
}
