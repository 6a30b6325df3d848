package ua.fakh.core.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets a controller method declare {@code Caller caller} ({@code @Nullable Caller caller} on routes
 * open to anonymous visitors): the caller {@link DatabaseAuthenticationFetcher} loaded for this
 * request, so a disabled user, a removed role or an ended session counts at once.
 */
@Singleton
final class CallerBinder implements TypedRequestArgumentBinder<Caller> {

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        Optional<Caller> caller = RequestCallers.of(source);
        if (caller.isEmpty() && source.getUserPrincipal(Authentication.class).isPresent()) {
            // authenticated some other way than by our tokens: nobody we know
            throw new AuthorizationException(null);
        }
        return caller.isEmpty() ? BindingResult.empty() : () -> caller;
    }
}
