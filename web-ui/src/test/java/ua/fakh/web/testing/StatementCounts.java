package ua.fakh.web.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements each tagged request makes, for the tests that keep a page's count from growing (an N+1
 * on a long list shows as a count that grows with the list). Only where a test sets
 * {@code fakh.test.count-statements=true}: it wraps the application's data source with datasource-proxy and adds
 * each statement to the tag of the request in whose context it runs ({@link #HEADER}); background jobs have no
 * request and are not counted.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE) // listeners are sorted before they are made: the annotation is what counts there
@Requires(property = "fakh.test.count-statements", value = "true")
public class StatementCounts implements BeanCreatedEventListener<DataSource>, Ordered {
    public static final String HEADER = "X-Count-Statements-As";

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /**
     * First, on the pool itself: wrapped after Micronaut Data's transaction-aware wrapper, Flyway could no longer
     * unwrap to the pool and asked the half-made data source bean for a connection (a stack overflow).
     */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return ProxyDataSourceBuilder.create(event.getBean()).listener(new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                ServerRequestContext.currentRequest().map(request -> request.getHeaders().get(HEADER)).ifPresent(tag ->
                        counts.computeIfAbsent(tag, t -> new AtomicInteger()).addAndGet(queries.size()));
            }
        }).build();
    }

    /** The statements counted for {@code tag} so far (0 when none). */
    public int of(String tag) {
        AtomicInteger count = counts.get(tag);
        return count == null ? 0 : count.get();
    }
}
