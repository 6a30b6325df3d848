package ua.fakh.courses.calendar.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.calendar.CalendarFeeds;
import ua.fakh.courses.calendar.Upcoming;
import ua.fakh.courses.content.CourseRecords;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@link CalendarFeeds}, and the feeds themselves: what a token opens, as iCalendar text. */
@Singleton
class FeedService implements CalendarFeeds {
    /** A phone calendar shows the last month too, and the year ahead. */
    static final Duration PAST = Duration.ofDays(31);
    static final Duration AHEAD = Duration.ofDays(366);

    private final FeedRepository feeds;
    private final CourseRecords records;
    private final Users users;
    private final Upcoming upcoming;
    private final PublishedCourses courses;
    private final IcsWriter writer;
    private final Messages messages;
    private final Clock clock;

    FeedService(FeedRepository feeds, CourseRecords records, Users users, Upcoming upcoming, PublishedCourses courses,
                IcsWriter writer, Messages messages, Clock clock) {
        this.feeds = feeds;
        this.records = records;
        this.users = users;
        this.upcoming = upcoming;
        this.courses = courses;
        this.writer = writer;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String renewPersonal(UUID userId) {
        Instant now = clock.instant();
        feeds.revokePersonal(userId, now);
        return issue(userId, null, now);
    }

    @Override
    @Transactional
    public void revokePersonal(UUID userId) {
        feeds.revokePersonal(userId, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> personalSince(UUID userId) {
        return feeds.findFirstByUserIdAndCourseIdIsNullAndRevokedAtIsNullOrderByCreatedAtDesc(userId).map(FeedRow::createdAt);
    }

    @Override
    @Transactional
    public String renewCourse(UUID courseId, Caller trainer) {
        requireTrainer(courseId, trainer);
        Instant now = clock.instant();
        feeds.revokeCourse(trainer.userId(), courseId, now);
        return issue(trainer.userId(), courseId, now);
    }

    @Override
    @Transactional
    public void revokeCourse(UUID courseId, Caller trainer) {
        requireTrainer(courseId, trainer);
        feeds.revokeCourse(trainer.userId(), courseId, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> courseSince(UUID courseId, Caller trainer) {
        requireTrainer(courseId, trainer);
        return feeds.findFirstByUserIdAndCourseIdAndRevokedAtIsNullOrderByCreatedAtDesc(trainer.userId(), courseId)
                .map(FeedRow::createdAt);
    }

    /** The person's own feed; empty for an unknown or revoked token, a course feed's token, or a disabled account. */
    @Transactional(readOnly = true)
    Optional<String> personalFeed(String token) {
        return active(token).filter(feed -> feed.courseId() == null).flatMap(feed -> owner(feed).map(person -> {
            Locale locale = Locale.forLanguageTag(person.locale());
            Instant now = clock.instant();
            return writer.write(messages.get(locale, "calendar.feed.personal"),
                    upcoming.forLearner(person.id(), now.minus(PAST), now.plus(AHEAD)), locale);
        }));
    }

    /** A course's feed; empty also when its owner no longer teaches the course. */
    @Transactional(readOnly = true)
    Optional<String> courseFeed(String token) {
        return active(token).filter(feed -> feed.courseId() != null).flatMap(feed -> owner(feed)
                .filter(person -> records.mayEdit(feed.courseId(), callerOf(person)))
                .map(person -> {
                    Locale locale = Locale.forLanguageTag(person.locale());
                    Instant now = clock.instant();
                    String title = courses.of(feed.courseId()).map(c -> "en".equals(locale.getLanguage()) && c.titleEn() != null
                            ? c.titleEn() : c.title()).orElse("");
                    return writer.write(messages.get(locale, "calendar.feed.course", title),
                            upcoming.forCourse(feed.courseId(), now.minus(PAST), now.plus(AHEAD)), locale);
                }));
    }

    private Optional<FeedRow> active(String token) {
        return FeedTokens.wellFormed(token) ? feeds.findByTokenHashAndRevokedAtIsNull(FeedTokens.hash(token)) : Optional.empty();
    }

    private Optional<UserView> owner(FeedRow feed) {
        return users.find(feed.userId()).filter(person -> person.status() == UserStatus.ACTIVE);
    }

    private String issue(UUID userId, UUID courseId, Instant now) {
        String token = FeedTokens.newToken();
        feeds.save(new FeedRow(Ids.newId(), FeedTokens.hash(token), userId, courseId, now, null));
        return token;
    }

    private void requireTrainer(UUID courseId, Caller trainer) {
        if (trainer.userId() == null || !records.mayEdit(courseId, trainer)) {
            throw new ForbiddenException("problem.calendar.trainersOnly");
        }
    }

    private static Caller callerOf(UserView person) {
        return new Caller(person.id(), person.email(), person.roles(), person.organizationId(), "calendar feed");
    }
}
