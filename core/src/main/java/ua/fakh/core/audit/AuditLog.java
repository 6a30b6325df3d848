package ua.fakh.core.audit;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.security.Caller;

import java.util.Map;

/**
 * Who did what, when and from where. {@link #record} joins the caller's transaction, so an audited
 * change and its audit entry commit or roll back together.
 */
public interface AuditLog {

    void record(Caller actor, String action, @Nullable String targetType, @Nullable Object targetId, Map<String, ?> details);

    /** Newest first; {@code action} filters when given. */
    PageView<AuditEntry> list(@Nullable String action, @Nullable Integer page, @Nullable Integer size);
}
