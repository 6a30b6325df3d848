package ua.fakh.core.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * The one place where a request's caller is loaded: after Micronaut has checked the token's
 * signature and expiry, the user is read from the database (once per request, on the blocking
 * pool) and the {@link Authentication} that route rules ({@code @Secured}) and pages see is built
 * from it, with the roles the database holds now. A token whose user is gone or disabled, or whose
 * session version is older than the user's, makes the request anonymous: 401 on every protected route.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class DatabaseAuthenticationFetcher extends TokenAuthenticationFetcher {
    private final CallerDirectory directory;
    private final HttpClientAddressResolver addresses;
    private final Scheduler blocking;

    DatabaseAuthenticationFetcher(List<TokenValidator<HttpRequest<?>>> tokenValidators,
                                  TokenResolver<HttpRequest<?>> tokenResolver,
                                  ApplicationEventPublisher<TokenValidatedEvent> tokenValidatedEventPublisher,
                                  HttpHostResolver httpHostResolver, HttpLocaleResolver httpLocaleResolver,
                                  CallerDirectory directory, HttpClientAddressResolver addresses,
                                  @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        super(tokenValidators, tokenResolver, tokenValidatedEventPublisher, httpHostResolver, httpLocaleResolver);
        this.directory = directory;
        this.addresses = addresses;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return Flux.from(super.fetchAuthentication(request))
                .concatMap(token -> Mono.fromCallable(() -> fromDatabase(token, request).orElse(null))
                        .subscribeOn(blocking))
                .take(1);
    }

    private Optional<Authentication> fromDatabase(Authentication token, HttpRequest<?> request) {
        Map<String, Object> claims = token.getAttributes();
        Optional<UUID> userId = uuid(claims.get(TokenClaims.USER_ID));
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        String address = Optional.ofNullable(addresses.resolve(request)).orElse("unknown");
        Optional<Caller> caller = directory.describe(userId.get(), sessionVersion(claims.get(TokenClaims.SESSION_VERSION)), address);
        caller.ifPresent(c -> request.setAttribute(RequestCallers.ATTRIBUTE, c));
        return caller.map(c -> authentication(c, claims));
    }

    /** The token's own claims (locale, expiry) beside the database's name and roles. */
    private static Authentication authentication(Caller caller, Map<String, Object> claims) {
        Map<String, Object> attributes = new HashMap<>(claims);
        attributes.remove("roles");
        return Authentication.build(caller.email(), caller.roles().stream().map(Enum::name).toList(), attributes);
    }

    private static Optional<UUID> uuid(Object claim) {
        try {
            return claim == null ? Optional.empty() : Optional.of(UUID.fromString(claim.toString()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Tokens issued before session versions existed carry none: they count as the first version. */
    private static long sessionVersion(Object claim) {
        if (claim instanceof Number number) {
            return number.longValue();
        }
        try {
            return claim == null ? 0 : Long.parseLong(claim.toString());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }
}
