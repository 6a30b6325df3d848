package ua.fakh.web.verify;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

/**
 * {@code /verify/{code}}: where the QR code on a certificate leads. No account needed; shows the
 * status and every field the PDF prints, so HR can compare line by line.
 */
@Hidden
@Controller("/verify")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class VerifyController {
    private final Certificates certificates;

    VerifyController(Certificates certificates) {
        this.certificates = certificates;
    }

    @Get("/{code}")
    HttpResponse<?> verify(String code, PageContext page) {
        var certificate = certificates.check(code)
                .orElseThrow(() -> new NotFoundException("No certificate has this code"));
        return HttpResponse.ok(Views.view("verify", page, certificate));
    }
}
