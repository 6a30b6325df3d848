package ua.fakh.courses.content.internal;

import ua.fakh.core.common.JsonColumns;
import jakarta.inject.Singleton;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.users.Users;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonOutline;
import ua.fakh.courses.content.SectionOutline;
import ua.fakh.courses.content.Trainer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Puts a course row, one of its documents, its trainers and its provider together as the API shows them. */
@Singleton
class CourseViews {
    private final TrainerRepository trainers;
    private final Users users;
    private final Organizations organizations;
    private final CourseDocuments documents;
    private final JsonColumns json;
    private final ContentTypes types;

    CourseViews(TrainerRepository trainers, Users users, Organizations organizations, CourseDocuments documents, JsonColumns json,
                ContentTypes types) {
        this.types = types;
        this.trainers = trainers;
        this.users = users;
        this.organizations = organizations;
        this.documents = documents;
        this.json = json;
    }

    CourseView view(CourseRow row, CourseDocument document, boolean draft) {
        OrganizationView provider = organizations.get(row.providerId());
        // the trainers' names in one read, not one per trainer
        List<Trainer> trainerList = users.names(trainers.findByCourseId(row.id()).stream().map(TrainerRow::userId).toList())
                .values().stream().map(u -> new Trainer(u.id(), u.fullName()))
                .sorted(java.util.Comparator.comparing(Trainer::fullName))
                .toList();
        List<SectionOutline> sections = document.sections().stream().map(s -> new SectionOutline(s.id(), s.title(), s.titleEn(),
                s.lessons().stream().map(l -> new LessonOutline(l.id(), l.title(), l.titleEn(), l.type(), types.holdsCompletion(l))).toList()))
                .toList();
        return new CourseView(row.id(), document.title(), document.titleEn(), document.summary(), document.summaryEn(),
                document.hours(), draft ? row.ectsCredits() : document.ectsCredits(), document.outcomes(), document.competences(),
                document.language(), provider.id(), provider.name(), provider.edrpou(), trainerList, document.tags(),
                row.enrollmentPolicy(), draft ? row.enrollmentKey() : null, document.certificateValidityMonths(),
                row.publicPreview(), row.status(), row.publishedVersion(), draft, row.draftChanged(),
                row.publishedVersion() > 0 ? documents.publishedAt(row.id(), row.publishedVersion()) : null, sections);
    }

    /** Draft summaries, their providers read in one go (a trainer's list must not cost a read per course). */
    List<CourseSummary> summaries(List<CourseRow> rows) {
        Map<UUID, OrganizationView> providers = providersOf(rows);
        return rows.stream().map(row -> {
            OrganizationView provider = providers.get(row.providerId());
            return new CourseSummary(row.id(), row.title(), row.titleEn(), row.summary(), row.hours(), row.ectsCredits(),
                    row.language(), provider.id(), provider.name(), json.strings(row.tags()), row.status(),
                    row.publishedVersion(), row.draftChanged());
        }).toList();
    }

    /** The catalogue shows what learners get: the published version's words, not the draft's. */
    List<CourseSummary> publishedSummaries(List<CourseRow> rows) {
        Map<UUID, OrganizationView> providers = providersOf(rows);
        return rows.stream().map(row -> {
            CourseDocument document = documents.published(row.id(), row.publishedVersion());
            OrganizationView provider = providers.get(row.providerId());
            return new CourseSummary(row.id(), document.title(), document.titleEn(), document.summary(), document.hours(),
                    document.ectsCredits(), document.language(), provider.id(), provider.name(), document.tags(), row.status(),
                    row.publishedVersion(), false);
        }).toList();
    }

    private Map<UUID, OrganizationView> providersOf(List<CourseRow> rows) {
        return organizations.findAll(rows.stream().map(CourseRow::providerId).toList());
    }
}
