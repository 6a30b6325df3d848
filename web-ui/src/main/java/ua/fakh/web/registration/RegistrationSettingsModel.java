package ua.fakh.web.registration;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.registration.RegistrationList;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A trainer's registration settings for a cohort and who registered ({@code list} null until registration
 * is opened); {@code form} holds the values to show (what was typed, after a refusal).
 */
public record RegistrationSettingsModel(UUID courseId, String courseTitle, CohortView cohort, @Nullable RegistrationList list,
                                        Map<String, String> form, Map<String, String> errors, @Nullable String notice) {

    public String base() {
        return "/teach/courses/" + courseId + "/cohorts/" + cohort.id();
    }

    /** The learners' page of the event, to share. */
    public String eventPath() {
        return "/events/" + cohort.id();
    }

    public String value(String field) {
        return form.getOrDefault(field, "");
    }

    public String at(Instant instant) {
        return KyivTime.dateTime(instant);
    }

    /** The form's values from the saved settings (or a week from now, 20 seats, open, before anything is saved). */
    static Map<String, String> formOf(@Nullable RegistrationList list, Instant now) {
        if (list == null) {
            return Map.of("capacity", "20", "day", KyivTime.day(now.plusSeconds(7 * 24 * 3600)).toString(), "time", "18:00",
                    "open", "on");
        }
        var zoned = list.registration().closesAt().atZone(KyivTime.ZONE);
        return Map.of("capacity", Integer.toString(list.registration().capacity()), "day", zoned.toLocalDate().toString(),
                "time", zoned.toLocalTime().withSecond(0).withNano(0).toString(), "open", list.registration().open() ? "on" : "");
    }
}
