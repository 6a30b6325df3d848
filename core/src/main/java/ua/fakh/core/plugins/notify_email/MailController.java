package ua.fakh.core.plugins.notify_email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.mail.KeptMail;
import ua.fakh.core.mail.KeptMailSummary;
import ua.fakh.core.mail.Mailbox;

import java.util.UUID;

/** The kept mail for scripts and tests: {@code ?to=} one address, {@code ?q=} words of the address or subject. */
@ApiProblems.SignedIn
@Controller("/api/admin/mail")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class MailController {
    private final Mailbox mailbox;

    MailController(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Operation(summary = "Outgoing e-mail messages, newest first.")
    @Get
    PageView<KeptMailSummary> list(@Nullable @QueryValue String to, @Nullable @QueryValue String q,
                                   @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return mailbox.list(to, q, page, size);
    }

    @Operation(summary = "One outgoing e-mail message.")
    @Get("/{id}")
    KeptMail get(@PathVariable UUID id) {
        return mailbox.find(id).orElseThrow(() -> new NotFoundException("notify_email.problem.notFound"));
    }
}
