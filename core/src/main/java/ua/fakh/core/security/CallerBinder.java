package ua.fakh.core.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/**
 * Lets a controller method declare {@code Caller caller} ({@code @Nullable Caller caller} on routes
 * open to anonymous visitors). A token of a user who has since been disabled or deleted is refused
 * here with 401, whatever its expiry says.
 */
@Singleton
final class CallerBinder implements TypedRequestArgumentBinder<Caller> {
    private final HttpClientAddressResolver addresses;
    private final CallerDirectory directory;

    CallerBinder(HttpClientAddressResolver addresses, CallerDirectory directory) {
        this.addresses = addresses;
        this.directory = directory;
    }

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        Optional<Authentication> authentication = source.getUserPrincipal(Authentication.class);
        Object uid = authentication.map(a -> a.getAttributes().get(TokenClaims.USER_ID)).orElse(null);
        if (authentication.isEmpty()) {
            return BindingResult.empty();
        }
        if (uid == null) {
            throw new AuthorizationException(null);
        }
        String address = Optional.ofNullable(addresses.resolve(source)).orElse("unknown");
        Caller caller = directory.describe(UUID.fromString(uid.toString()), address)
                .orElseThrow(() -> new AuthorizationException(null));
        return () -> Optional.of(caller);
    }
}
