package ua.fakh.courses.content.internal;

import ua.fakh.core.common.JsonColumns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.common.SearchText;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.courses.content.CatalogueQuery;
import ua.fakh.courses.content.CourseAuthoring;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseStatus;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.NewCourse;
import ua.fakh.courses.content.internal.search.CatalogueEntry;
import ua.fakh.courses.content.internal.search.CatalogueIndex;
import io.micronaut.data.model.Pageable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creating, editing, publishing and archiving courses, and listing them. Sections and lessons: {@link CourseStructure}. */
@Singleton
class CourseService implements CourseAuthoring, CourseCatalog {
    private final CourseRepository courses;
    private final VersionRepository versions;
    private final CourseAccess access;
    private final CourseDocuments documents;
    private final CourseViews views;
    private final CourseRules rules;
    private final CourseTrainers trainers;
    private final PublishCheck publishCheck;
    private final JsonColumns json;
    private final AuditLog audit;
    private final CatalogueIndexing indexing;
    private final CatalogueIndex catalogueIndex;
    private final Clock clock;
    /** Lazy: the copy itself creates its course through this service. */
    private final jakarta.inject.Provider<CourseDuplication> duplication;

    CourseService(CourseRepository courses, VersionRepository versions, CourseAccess access, CourseDocuments documents,
                  CourseViews views, CourseRules rules, CourseTrainers trainers, PublishCheck publishCheck, JsonColumns json,
                  AuditLog audit, CatalogueIndexing indexing, CatalogueIndex catalogueIndex, Clock clock,
                  jakarta.inject.Provider<CourseDuplication> duplication) {
        this.duplication = duplication;
        this.courses = courses;
        this.versions = versions;
        this.access = access;
        this.documents = documents;
        this.views = views;
        this.rules = rules;
        this.trainers = trainers;
        this.publishCheck = publishCheck;
        this.json = json;
        this.audit = audit;
        this.indexing = indexing;
        this.catalogueIndex = catalogueIndex;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CourseView create(NewCourse course, Caller actor) {
        if (!actor.isAdmin() && !actor.has(Role.TRAINER)) {
            throw new ForbiddenException("problem.course.createTrainersOnly");
        }
        rules.check(course, actor);
        Instant now = clock.instant();
        UUID id = Ids.newId();
        CourseRow row = courses.save(rules.row(id, course, CourseStatus.DRAFT, 0, true, actor.userId(), now, now, null));
        trainers.replace(id, course.trainerIds(), actor);
        audit.record(actor, "COURSE_CREATED", "course", id, Map.of("title", course.title()));
        return views.view(row, documents.draft(row), true);
    }

    @Override
    @Transactional
    public CourseView update(UUID courseId, NewCourse course, Caller actor) {
        CourseRow existing = access.requireEditable(courseId, actor);
        rules.check(course, actor);
        CourseRow row = courses.update(rules.row(courseId, course, existing.status(), existing.publishedVersion(),
                true, existing.createdBy(), existing.createdAt(), clock.instant(), existing));
        if (course.trainerIds() != null) {
            trainers.replace(courseId, course.trainerIds(), actor);
            indexing.index(row); // the catalogue finds a course by its current trainers' names
        }
        return views.view(row, documents.draft(row), true);
    }

    @Override
    @Transactional(readOnly = true)
    public CourseView get(UUID courseId, @Nullable Caller caller) {
        CourseRow row = access.course(courseId);
        if (access.mayEdit(courseId, caller)) {
            return views.view(row, documents.draft(row), true);
        }
        return published(row, caller);
    }

    @Override
    @Transactional(readOnly = true)
    public CourseView published(UUID courseId, @Nullable Caller caller) {
        return published(access.course(courseId), caller);
    }

    private CourseView published(CourseRow row, @Nullable Caller caller) {
        if (row.publishedVersion() == 0) {
            throw new NotFoundException(access.mayEdit(row.id(), caller) ? "problem.course.notPublished" : "problem.course.notFound");
        }
        return views.view(row, documents.published(row.id(), row.publishedVersion()), false);
    }

    @Override
    @Transactional
    public CourseView publish(UUID courseId, Caller actor) {
        access.requireEditable(courseId, actor);
        CourseRow row = courses.findByIdForUpdate(courseId).orElseThrow();
        CourseDocument draft = documents.draft(row);
        publishCheck.check(row, draft);
        int version = row.publishedVersion() + 1;
        Instant now = clock.instant();
        versions.save(new VersionRow(new VersionKey(courseId, version), now, actor.userId(), json.write(draft)));
        CourseRow published = courses.update(rules.published(row, version, draft, now));
        indexing.index(courseId, draft);
        audit.record(actor, "COURSE_PUBLISHED", "course", courseId, Map.of("version", version));
        return views.view(published, draft, true);
    }

    @Override
    @Transactional
    public CourseView archive(UUID courseId, Caller actor) {
        CourseRow row = access.requireEditable(courseId, actor);
        if (row.status() == CourseStatus.ARCHIVED) {
            return views.view(row, documents.draft(row), true);
        }
        if (row.publishedVersion() == 0) {
            throw new ConflictException("problem.course.archiveUnpublished");
        }
        CourseRow archived = courses.update(rules.withStatus(row, CourseStatus.ARCHIVED, clock.instant()));
        audit.record(actor, "COURSE_ARCHIVED", "course", courseId, Map.of());
        return views.view(archived, documents.draft(archived), true);
    }

    @Override
    public java.util.List<ua.fakh.core.errors.FieldError> problems(NewCourse course) {
        return rules.problems(course);
    }

    @Override
    public CourseView duplicate(UUID courseId, Caller actor) {
        return duplication.get().duplicate(courseId, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<CourseSummary> catalogue(CatalogueQuery query, @Nullable Integer page, @Nullable Integer size) {
        rules.checkCatalogueQuery(query);
        Pageable paging = Paging.of(page, size);
        String tag = query.tag() == null || query.tag().isBlank() ? "%" : "%|" + SearchText.fold(query.tag()) + "|%";
        List<CatalogueEntry> found = catalogueIndex.find(query.text(), tag, query.language() == null ? "" : query.language(),
                query.providerId() == null ? "" : query.providerId().toString(), query.readerLanguage());
        List<UUID> ids = found.stream().skip(paging.getOffset()).limit(paging.getSize()).map(CatalogueEntry::courseId).toList();
        Map<UUID, CourseRow> rows = courses.findByIdIn(ids).stream().collect(Collectors.toMap(CourseRow::id, r -> r));
        List<CourseSummary> content = views.publishedSummaries(ids.stream().map(rows::get).filter(Objects::nonNull).toList());
        return new PageView<>(content, paging.getNumber(), paging.getSize(), found.size());
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<CourseSummary> taught(Caller caller, @Nullable Integer page, @Nullable Integer size) {
        var rows = caller.isAdmin() ? courses.everything(Paging.of(page, size))
                : courses.taughtBy(caller.userId(), Paging.of(page, size));
        PageView<CourseRow> found = Paging.view(rows);
        return new PageView<>(views.summaries(found.content()), found.page(), found.size(), found.totalSize());
    }
}
