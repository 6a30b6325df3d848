package ua.fakh.core.common;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** The one shape of a paged list: {@code {content, page, size, totalSize}}. */
@Serdeable
public record PageView<T>(List<T> content, int page, int size, long totalSize) {

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(content.stream().map(mapper).toList(), page, size, totalSize);
    }
}
