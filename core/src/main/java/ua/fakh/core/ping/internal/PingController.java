package ua.fakh.core.ping.internal;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.errors.ApiProblems;

/**
 * Liveness without touching the database, for load balancers. It is also the benchmarks' baseline
 * (the framework's ceiling in the same process), so it deliberately does no work and stays on the
 * event loop.
 */
@ApiProblems.Public
@Controller("/api/public/ping")
@Secured(SecurityRule.IS_ANONYMOUS)
class PingController {
    private static final Pong OK = new Pong("ok");

    @Operation(summary = "Liveness check that does not touch the database.", security = {})
    @Get
    Pong ping() {
        return OK;
    }

    @Serdeable
    record Pong(String status) {
    }
}
