package ua.fakh.web.admin.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.common.Paging;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.mail.KeptMail;
import ua.fakh.core.mail.Mailbox;
import ua.fakh.web.page.ContentSecurityPolicy;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code /admin/mail}: the e-mail an installation without an SMTP server keeps instead of sending —
 * newest first, searchable — and each message with its headers, its text, its HTML (served on its own
 * address in a sandbox: it is a document from elsewhere as far as this site is concerned) and its attachment.
 */
@Hidden
@Controller("/admin/mail")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class MailPagesController {
    static final int PAGE_SIZE = 20;
    /** The stored HTML runs nothing and reaches nothing: no scripts, no forms, no requests but inline styles and data images. */
    static final String HTML_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final Mailbox mailbox;

    MailPagesController(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Get
    HttpResponse<?> list(PageContext ctx, @Nullable @QueryValue String q, @Nullable @QueryValue Integer page) {
        String query = q == null ? "" : q.strip();
        MailListModel model = new MailListModel(query, mailbox.list(null, query, Paging.pageOrFirst(page), PAGE_SIZE),
                mailbox.keepsMail());
        return HttpResponse.ok(Views.view("admin/mail", ctx, model));
    }

    @Get("/{id}")
    HttpResponse<?> message(PageContext ctx, @PathVariable UUID id) {
        return HttpResponse.ok(Views.view("admin/mail_message", ctx, new MailMessageModel(kept(id))));
    }

    @Get("/{id}/html")
    HttpResponse<String> html(@PathVariable UUID id) {
        return HttpResponse.ok(kept(id).html()).contentType(MediaType.TEXT_HTML + ";charset=UTF-8")
                .header(ContentSecurityPolicy.HEADER, HTML_POLICY);
    }

    /** Always saved, never shown by the browser; only calendars and plain text keep their type. */
    @Get(value = "/{id}/attachment", produces = MediaType.ALL)
    HttpResponse<byte[]> attachment(@PathVariable UUID id) {
        KeptMail.Attachment file = kept(id).attachment();
        if (file == null) {
            throw new NotFoundException("mail.noAttachment");
        }
        String type = file.contentType().toLowerCase(Locale.ROOT);
        String served = type.startsWith("text/calendar") || type.startsWith("text/plain") ? file.contentType()
                : MediaType.APPLICATION_OCTET_STREAM;
        return HttpResponse.ok(file.content().getBytes(StandardCharsets.UTF_8)).contentType(served)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(file.fileName()));
    }

    private KeptMail kept(UUID id) {
        return mailbox.find(id).orElseThrow(() -> new NotFoundException("mail.notFound"));
    }
}
