package ua.fakh.web.registration;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.users.UserView;
import ua.fakh.courses.registration.BulkRegistrationReport;
import ua.fakh.courses.registration.EventView;
import ua.fakh.web.page.Pager;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HR's page for registering staff for an event: one page of its organisation's learners to pick from
 * ({@code q} narrows it), and after a submission the report, line by line, with the people's names.
 */
public record StaffRegistrationModel(EventModel event, List<UserView> staff, Pager pager, String q,
                                     @Nullable BulkRegistrationReport report, Map<UUID, String> names, @Nullable String error) {

    public String base() {
        return "/hr/events/" + event.event().cohortId();
    }

    public String nameOf(String value) {
        try {
            return names.getOrDefault(UUID.fromString(value), value);
        } catch (IllegalArgumentException notAnId) {
            return value;
        }
    }
}
