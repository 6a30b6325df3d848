package ua.fakh.core.config.internal;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import ua.fakh.core.common.NulCharacter;

import java.util.List;
import java.util.Map;

/**
 * Refuses U+0000 in the path or the query string (400) before any route passes it on to the
 * database, where PostgreSQL would fail on it. Runs after security, so a stranger still gets 401.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class NulInAddressFilter implements Ordered {
    private final NulRefusal refusal;

    NulInAddressFilter(NulRefusal refusal) {
        this.refusal = refusal;
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        if (NulCharacter.in(request.getPath()) || request.getUri().getRawPath().contains("%00")) {
            throw refusal.of(request, "path");
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            if (NulCharacter.in(parameter.getKey()) || NulCharacter.inAny(parameter.getValue())) {
                throw refusal.of(request, NulCharacter.in(parameter.getKey()) ? "query" : parameter.getKey());
            }
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
