package ua.fakh.core.notifications.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.notifications.MessengerLink;
import ua.fakh.core.notifications.MessengerState;
import ua.fakh.core.notifications.Messengers;
import ua.fakh.core.security.Caller;

import java.util.List;

/** The caller's own messenger links: which are on offer, a one-time deep link to link one, unlinking. */
@ApiProblems.SignedIn
@Controller("/api/me/messengers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MyMessengersController {
    private final Messengers messengers;
    private final LocaleChoice locales;

    MyMessengersController(Messengers messengers, LocaleChoice locales) {
        this.messengers = messengers;
        this.locales = locales;
    }

    @Operation(summary = "The caller's messenger links (Telegram, Viber).")
    @Get
    List<MessengerState> list(Caller caller, HttpRequest<?> request) {
        return messengers.of(caller, locales.of(request));
    }

    /** A deep link that works once, for 30 minutes; asking again voids the previous one. */
    @Operation(summary = "A one-time deep link that connects a messenger to the caller's account.")
    @Post("/{channel}/link")
    MessengerLink link(@PathVariable String channel, Caller caller) {
        return messengers.startLinking(caller, channel);
    }

    @Operation(summary = "Disconnects a messenger from the caller's account.")
    @ApiResponse(responseCode = "204", description = "Done.")
    @Delete("/{channel}")
    HttpResponse<?> unlink(@PathVariable String channel, Caller caller) {
        messengers.unlink(caller, channel);
        return HttpResponse.noContent();
    }
}
