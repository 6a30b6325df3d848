package ua.fakh.courses.analytics.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.organizations.Place;
import ua.fakh.core.organizations.Places;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.courses.analytics.GainReport;
import ua.fakh.courses.analytics.GainReports;
import ua.fakh.courses.assessment.PrePostScores;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Reads whom to count (one query), their scores (by the trainers' pre/post rule) and places, then builds the tables. */
@Singleton
class GainService implements GainReports {
    private final AnalyticsScopes scopes;
    private final GainLearners learners;
    private final PrePostScores scores;
    private final Places places;
    private final Messages messages;
    private final Clock clock;

    GainService(AnalyticsScopes scopes, GainLearners learners, PrePostScores scores, Places places, Messages messages,
                Clock clock) {
        this.scopes = scopes;
        this.learners = learners;
        this.scores = scores;
        this.places = places;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public GainReport gain(AnalyticsFilter filter, Caller caller, Locale locale) {
        AnalyticsScope scope = scopes.of(caller);
        GainLabels labels = new GainLabels(messages, locale);
        List<GainLearner> found = learners.of(scope, filter);
        List<UUID> ids = found.stream().map(GainLearner::enrollmentId).toList();
        Map<UUID, PrePostScores.Scores> scored = scores.scores(ids);
        Map<UUID, Place> where = places.all();
        LocalDate today = KyivTime.day(clock.instant());
        Map<UUID, List<Counted>> byCourse = new LinkedHashMap<>();
        for (GainLearner learner : found) {
            PrePostScores.Scores s = scored.get(learner.enrollmentId());
            if (s != null && s.both()) {
                LocalDate day = learner.completedAt() == null ? today : KyivTime.day(learner.completedAt());
                byCourse.computeIfAbsent(learner.courseId(), k -> new ArrayList<>())
                        .add(new Counted(learner, where.get(learner.organizationId()), s, day));
            }
        }
        Map<UUID, String> titles = new LinkedHashMap<>();
        byCourse.forEach((course, people) -> titles.put(course, people.get(0).learner().courseTitle(labels.english())));
        List<UUID> counted = byCourse.values().stream().flatMap(List::stream).map(c -> c.learner().enrollmentId()).toList();
        return new GainReport(new GainTables(labels).of(byCourse), QuestionTable.of(titles, scores.preTestQuestions(counted), labels));
    }
}
