package ua.fakh.core.audit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditEntry;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.security.Caller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;

@Singleton
class DatabaseAuditLog implements AuditLog {
    private static final int MAX_DETAILS = 4000;

    private final AuditEventRepository events;
    private final JsonMapper json;
    private final Clock clock;

    DatabaseAuditLog(AuditEventRepository events, JsonMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(Caller actor, String action, @Nullable String targetType, @Nullable Object targetId, Map<String, ?> details) {
        events.save(new AuditEventRow(Ids.newId(), clock.instant(), actor.userId(), actor.email(), action, targetType,
                targetId == null ? null : targetId.toString(), toJson(details), actor.address()));
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<AuditEntry> list(@Nullable String action, @Nullable Integer page, @Nullable Integer size) {
        Pageable pageable = Paging.of(page, size).order(Sort.Order.desc("occurredAt"));
        var rows = action == null || action.isBlank() ? events.findAll(pageable) : events.findByAction(action, pageable);
        return Paging.view(rows).map(r -> new AuditEntry(r.id(), r.occurredAt(), r.actorId(), r.actorEmail(), r.action(),
                r.targetType(), r.targetId(), r.details(), r.clientAddress()));
    }

    private String toJson(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            String text = json.writeValueAsString(details);
            return text.length() > MAX_DETAILS ? text.substring(0, MAX_DETAILS) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
