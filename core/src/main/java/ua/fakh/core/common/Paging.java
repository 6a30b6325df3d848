package ua.fakh.core.common;

import io.micronaut.data.model.Pageable;
import ua.fakh.core.errors.ValidationException;

/** The one way to read {@code ?page=&size=}: defaults 0 and 20, size at most 200. */
public final class Paging {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    public static Pageable of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ValidationException.of("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ValidationException.of("size", "must be between 1 and " + MAX_SIZE);
        }
        return Pageable.from(p, s);
    }

    public static <T> PageView<T> view(io.micronaut.data.model.Page<T> page) {
        return new PageView<>(page.getContent(), page.getPageNumber(), page.getSize(), page.getTotalSize());
    }
}
