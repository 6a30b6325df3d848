package ua.fakh.web.page;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Lets a page controller declare {@code PageContext page}. */
@Singleton
final class PageContextBinder implements TypedRequestArgumentBinder<PageContext> {
    private final PageContexts contexts;

    PageContextBinder(PageContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public Argument<PageContext> argumentType() {
        return Argument.of(PageContext.class);
    }

    @Override
    public BindingResult<PageContext> bind(ArgumentConversionContext<PageContext> context, HttpRequest<?> source) {
        PageContext page = contexts.of(source);
        return () -> Optional.of(page);
    }
}
