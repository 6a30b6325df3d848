package ua.fakh.web.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.core.users.PersonFacts;
import ua.fakh.core.users.ProfileFactsView;

/**
 * The position and years of experience as a form holds them (the profile page's, and an
 * administrator's on a person's page). Years that are not a whole number go to the service as -1,
 * which it always refuses, so the form reports them with the position's problem, if any, and nothing
 * is saved; {@link #yearsUnreadable} tells the page to say "a whole number" instead.
 */
@Serdeable
public record ProfileFactsFields(@Nullable String jobPosition, @Nullable String yearsExperience) {

    public static ProfileFactsFields of(ProfileFactsView view) {
        return new ProfileFactsFields(view.jobPosition() == null ? "" : view.jobPosition(),
                view.yearsExperience() == null ? "" : view.yearsExperience().toString());
    }

    public String position() {
        return jobPosition == null ? "" : jobPosition.strip();
    }

    public String years() {
        return yearsExperience == null ? "" : yearsExperience.strip();
    }

    public PersonFacts facts() {
        return new PersonFacts(position().isEmpty() ? null : position(), parsedYears());
    }

    public boolean yearsUnreadable() {
        return !years().isEmpty() && parsedYears() == -1 && !years().equals("-1");
    }

    private @Nullable Integer parsedYears() {
        try {
            return years().isEmpty() ? null : Integer.valueOf(years());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
