package ua.fakh.core.ping.internal;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.security.Role;

import java.security.Principal;

/**
 * {@code /health}: everyone (a load balancer, a monitor) gets the status; only an administrator gets
 * the details (database, disk, versions), which tell an attacker what runs here. Micronaut's own
 * setting knows only "anonymous" and "authenticated", so the endpoint is replaced by one that asks
 * for the role. The roles are the request's authentication, which follows the database.
 * Hidden from the API document: it is Micronaut's management endpoint, for monitors, not the API.
 */
@Hidden
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
class AdministratorsSeeHealthDetails extends HealthEndpoint {

    AdministratorsSeeHealthDetails(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators,
                                   @Liveness HealthIndicator[] livenessIndicators) {
        super(aggregator, indicators, livenessIndicators);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        boolean admin = principal instanceof Authentication authentication && authentication.getRoles().contains(Role.ADMIN.name());
        return admin ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }
}
