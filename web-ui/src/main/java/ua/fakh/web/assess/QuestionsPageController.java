package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.BankImport;
import ua.fakh.courses.assessment.QuestionBank;
import ua.fakh.courses.assessment.QuestionTypes;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** {@code /teach/courses/{id}/questions}: the bank by category, GIFT import (pasted or a file) with errors by line, GIFT export. */
@Hidden
@Controller("/teach/courses/{id}")
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class QuestionsPageController {
    private final TaughtCourses courses;
    private final QuestionBank bank;
    private final QuestionTypes types;

    QuestionsPageController(TaughtCourses courses, QuestionBank bank, QuestionTypes types) {
        this.courses = courses;
        this.bank = bank;
        this.types = types;
    }

    @Get("/questions")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> list(UUID id, @Nullable @QueryValue String notice, PageContext ctx, Caller caller) {
        return HttpResponse.ok(page(id, ctx, caller, null, "", null, notice));
    }

    /** The report is the answer, shown at once; the text stays in the box so broken questions can be fixed and sent again. */
    @Post("/questions/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> importGift(UUID id, @Body MultipartBody body, PageContext ctx, Caller caller) {
        String gift = "";
        try {
            gift = FormParts.read(body).fileOrText("file", "gift");
            if (gift.isBlank()) {
                return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(id, ctx, caller, null, "", ctx.t("assessment.questions.empty"), null));
            }
            BankImport report = bank.importGift(id, gift, caller, ctx.locale());
            return HttpResponse.ok(page(id, ctx, caller, report, gift, null, null));
        } catch (ValidationException invalid) {
            String message = FormErrors.of(invalid, ctx).values().stream().findFirst().orElse(invalid.getMessage());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(id, ctx, caller, null, gift, message, null));
        }
    }

    @Get(value = "/questions.gift", produces = "text/plain;charset=UTF-8")
    HttpResponse<byte[]> export(UUID id, Caller caller) {
        byte[] gift = bank.exportGift(id, caller).getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(gift).contentType("text/plain;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("questions-" + id + ".gift.txt"));
    }

    private Object page(UUID id, PageContext ctx, Caller caller, @Nullable BankImport report, String gift, @Nullable String error,
                        @Nullable String notice) {
        TaughtCourse course = courses.open(id, caller, ctx);
        return Views.view("assess/questions", ctx, new QuestionsModel(course, bank.list(id, null, caller), report, gift, error,
                type -> types.name(type, ctx.locale()), types.named(ctx.locale()), notice == null ? null : notice.replaceAll("\\W", "")));
    }
}
