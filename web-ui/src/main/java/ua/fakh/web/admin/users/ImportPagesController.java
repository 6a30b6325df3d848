package ua.fakh.web.admin.users;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Flux;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.PayloadTooLargeException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.ImportReport;
import ua.fakh.core.users.Users;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code /admin/users/import}: many accounts at once from CSV, pasted or uploaded, with a report row by row. */
@Hidden
@Controller("/admin/users/import")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportPagesController {
    /** Far more than 10,000 rows of e-mail, name, id and roles; the service refuses more rows anyway. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final Users users;

    ImportPagesController(Users users) {
        this.users = users;
    }

    @Get
    HttpResponse<?> form(PageContext page) {
        return HttpResponse.ok(Views.view("admin/import", page, new ImportModel("", null, null)));
    }

    /**
     * A file, when one was chosen, wins over the text box. The parts are read as a whole body because
     * a browser sends an empty file part (no filename) when no file was chosen, which a typed
     * {@code @Part} parameter refuses.
     */
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importCsv(@Body MultipartBody body, PageContext page, Caller caller) {
        String text = "";
        byte[] uploaded = new byte[0];
        try {
            for (CompletedPart part : Flux.from(body).collectList().block()) {
                if (part.getName().equals("csv")) {
                    text = new String(bytes(part), StandardCharsets.UTF_8);
                } else if (part.getName().equals("file")) {
                    uploaded = bytes(part);
                }
            }
        } catch (PayloadTooLargeException tooLarge) {
            return refused(page, "", page.t("import.tooLarge", MAX_FILE_BYTES / (1024 * 1024)));
        }
        if (uploaded.length > 0) {
            text = CsvText.decode(uploaded);
        }
        if (text.isBlank()) {
            return refused(page, text, page.t("import.empty"));
        }
        try {
            ImportReport report = users.importCsv(text, caller).localized(page::t); // row messages in the reader's language
            return HttpResponse.ok(Views.view("admin/import", page, new ImportModel(text, report, null)));
        } catch (ValidationException tooMany) {
            return refused(page, text, page.t(tooMany.fieldErrors().isEmpty() ? tooMany.getMessage() : tooMany.fieldErrors().get(0).message()));
        }
    }

    private static HttpResponse<?> refused(PageContext page, String csv, String error) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("admin/import", page, new ImportModel(csv, null, error)));
    }

    /** At most {@link #MAX_FILE_BYTES}: a larger part stays in its temporary file and is refused unread. */
    private static byte[] bytes(CompletedPart file) {
        try (var in = file.getInputStream()) {
            return SizeLimitedInputStream.readAtMost(in, (int) MAX_FILE_BYTES,
                    () -> new PayloadTooLargeException("problem.import.tooLarge", MAX_FILE_BYTES / 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
