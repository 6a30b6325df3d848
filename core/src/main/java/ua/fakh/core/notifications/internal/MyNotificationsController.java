package ua.fakh.core.notifications.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.notifications.ChoicesView;
import ua.fakh.core.notifications.NotificationChoices;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Map;

/**
 * The caller's own notification preferences: per kind of message, the channels that carry it.
 * {@code PUT} replaces them all; account messages (invitation, password) are not choosable.
 */
@ApiProblems.SignedIn
@Controller("/api/me/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MyNotificationsController {
    private final NotificationChoices choices;
    private final LocaleChoice locales;

    MyNotificationsController(NotificationChoices choices, LocaleChoice locales) {
        this.choices = choices;
        this.locales = locales;
    }

    @Operation(summary = "The caller's notification choices.")
    @Get
    ChoicesView show(Caller caller, HttpRequest<?> request) {
        return choices.of(caller, locales.of(request));
    }

    @Operation(summary = "Changes the caller's notification choices.")
    @Put
    ChoicesView choose(@Body Choices body, Caller caller, HttpRequest<?> request) {
        if (body.choices() == null) {
            throw ValidationException.of("choices", "problem.field.required");
        }
        choices.choose(caller, body.choices());
        return choices.of(caller, locales.of(request));
    }

    /** {@code {"choices": {"DUE_SOON": ["notify_email", "notify_telegram"], …}}}. */
    @Serdeable
    record Choices(@Nullable Map<String, List<String>> choices) {
    }
}
