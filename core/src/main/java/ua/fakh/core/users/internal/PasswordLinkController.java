package ua.fakh.core.users.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.users.ForgottenPassword;
import ua.fakh.core.users.NewPassword;
import ua.fakh.core.users.PasswordLinks;

/**
 * Password recovery without signing in: {@code POST /api/password/forgot} answers 202 whether or not
 * the address is an account's (429 past the limits); {@code POST /api/password/reset} takes the
 * link's token and the new password: 204, 400 for a password against the rules, 410 for a link that
 * no longer works. Also the invitation's token: choosing the first password is the same step.
 */
@ApiProblems.Public
@Controller("/api/password")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordLinkController {
    private final PasswordLinks links;
    private final HttpClientAddressResolver addresses;

    PasswordLinkController(PasswordLinks links, HttpClientAddressResolver addresses) {
        this.links = links;
        this.addresses = addresses;
    }

    @Operation(summary = "Sends a password reset link to an e-mail address, if it is an account's.", security = {})
    @ApiResponse(responseCode = "202", description = "Accepted: it happens shortly.")
    @Post("/forgot")
    HttpResponse<Void> forgot(@Body ForgottenPassword body, HttpRequest<?> request) {
        links.forgot(body.email(), addresses.resolve(request));
        return HttpResponse.accepted();
    }

    @Operation(summary = "Chooses a new password with the token of a reset or invitation link.", security = {})
    @ApiResponse(responseCode = "204", description = "Done.")
    @Post("/reset")
    HttpResponse<Void> reset(@Body NewPassword body) {
        links.choosePassword(body);
        return HttpResponse.noContent();
    }
}
