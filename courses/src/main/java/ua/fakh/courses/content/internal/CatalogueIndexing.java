package ua.fakh.courses.content.internal;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.users.Users;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.internal.search.CatalogueIndex;
import ua.fakh.courses.content.internal.search.SearchField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Feeds the catalogue's search index from a course's published version and its current trainers. Runs
 * inside the transaction that publishes or changes trainers, so the index never lags behind the
 * catalogue; at start-up it indexes courses published before the index existed (or by an older analysis).
 */
@Singleton
class CatalogueIndexing {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueIndexing.class);

    private final CatalogueIndex index;
    private final CourseRepository courses;
    private final CourseDocuments documents;
    private final TrainerRepository trainers;
    private final Users users;

    CatalogueIndexing(CatalogueIndex index, CourseRepository courses, CourseDocuments documents, TrainerRepository trainers,
                      Users users) {
        this.index = index;
        this.courses = courses;
        this.documents = documents;
        this.trainers = trainers;
        this.users = users;
    }

    /**
     * Indexes the published version, under the course's lock (two trainer changes at once write one after
     * the other); a course never published is not in the catalogue and has nothing to index.
     */
    void index(CourseRow row) {
        courses.findByIdForUpdate(row.id()).filter(locked -> locked.publishedVersion() > 0)
                .ifPresent(locked -> index(locked.id(), documents.published(locked.id(), locked.publishedVersion())));
    }

    void index(UUID courseId, CourseDocument published) {
        Map<SearchField, List<String>> texts = new EnumMap<>(SearchField.class);
        texts.put(SearchField.TITLE, present(published.title(), published.titleEn()));
        texts.put(SearchField.TAG, published.tags());
        texts.put(SearchField.OUTCOME, published.outcomes());
        texts.put(SearchField.TRAINER, trainers.findByCourseId(courseId).stream()
                .map(t -> users.find(t.userId()).map(u -> u.fullName()).orElse(null)).filter(Objects::nonNull).toList());
        texts.put(SearchField.DESCRIPTION, present(published.summary(), published.summaryEn()));
        index.write(courseId, published.title(), published.titleEn(), texts);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        List<UUID> stale = index.stale();
        for (UUID courseId : stale) {
            reindex(courseId);
        }
        if (!stale.isEmpty()) {
            LOG.info("Catalogue search: indexed {} published courses", stale.size());
        }
    }

    /** One course in its own transaction, under the course's lock, so two nodes starting together do not collide. */
    @Transactional
    void reindex(UUID courseId) {
        courses.findById(courseId).ifPresent(this::index);
    }

    private static List<String> present(String... texts) {
        List<String> list = new ArrayList<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                list.add(text);
            }
        }
        return list;
    }
}
