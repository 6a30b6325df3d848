package ua.fakh.core.audit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.audit.AuditEntry;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.ApiProblems;

@ApiProblems.SignedIn
@Controller("/api/audit")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(summary = "The audit log, filtered and paged.")
    @Get
    PageView<AuditEntry> list(@Nullable @QueryValue String action, @Nullable @QueryValue Integer page,
                              @Nullable @QueryValue Integer size) {
        return audit.list(action, page, size);
    }
}
