package ua.fakh.courses.assessment.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.common.KyivSchedule;
import ua.fakh.core.common.ScanOccasions;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.config.NoticeScanSettings;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.GradingDigests;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseRecords;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
class GradingDigest implements GradingDigests {
    private static final Logger LOG = LoggerFactory.getLogger(GradingDigest.class);

    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final QuestionPlugins plugins;
    private final AttemptQuestions json;
    private final CourseRecords courses;
    private final Notifications notifications;
    private final NoticeScanSettings settings;
    private final ScanOccasions occasions;
    private final String publicUrl;
    private final Clock clock;

    GradingDigest(AttemptRepository attempts, AnswerRepository answers, QuestionPlugins plugins, AttemptQuestions json,
                  CourseRecords courses, Notifications notifications, NoticeScanSettings settings, ScanOccasions occasions,
                  FakhSettings fakh, Clock clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.plugins = plugins;
        this.json = json;
        this.courses = courses;
        this.notifications = notifications;
        this.settings = settings;
        this.occasions = occasions;
        this.publicUrl = fakh.publicUrl().replaceAll("/+$", "");
        this.clock = clock;
    }

    private record Waiting(UUID courseId, Bilingual title, int essays) {
    }

    @Scheduled(fixedDelay = "${fakh.notices.every:5m}", initialDelay = "${fakh.notices.first-scan:1m}")
    void scan() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("The grading digest failed; the next scan tries again: {}", e.getMessage());
        }
    }

    @Override
    @Transactional
    public int sendDue() {
        Optional<LocalDate> today = KyivSchedule.dailyAt(clock.instant(), settings.gradingDigestAt());
        if (today.isEmpty() || !occasions.claim("grading-digest", today.get().toString())) {
            return 0;
        }
        Map<UUID, List<Waiting>> byTrainer = new TreeMap<>();
        for (Waiting course : waitingByCourse()) {
            for (UUID trainer : attempts.activeTrainersOf(course.courseId())) {
                byTrainer.computeIfAbsent(trainer, t -> new ArrayList<>()).add(course);
            }
        }
        byTrainer.forEach((trainer, waiting) -> notifications.send(digest(trainer, today.get(), waiting)));
        return byTrainer.size();
    }

    /** Courses with essays waiting, by title; counted by the grading queue's own rule. */
    private List<Waiting> waitingByCourse() {
        List<AttemptRow> submitted = attempts.findByStatusOrderBySubmittedAt(AttemptStatus.SUBMITTED);
        if (submitted.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<UUID, AnswerRow>> answersByAttempt = answers.findByAttemptIdIn(submitted.stream().map(AttemptRow::id).toList())
                .stream().collect(Collectors.groupingBy(AnswerRow::attemptId,
                        Collectors.toMap(AnswerRow::questionId, Function.identity())));
        Map<UUID, Integer> essays = new LinkedHashMap<>();
        for (AttemptRow attempt : submitted) {
            Map<UUID, AnswerRow> given = answersByAttempt.getOrDefault(attempt.id(), Map.of());
            int waiting = (int) json.questions(attempt.questions()).stream()
                    .filter(q -> GradingQueueService.waitsForTrainer(q, given.get(q.id()), plugins, json)).count();
            if (waiting > 0) {
                essays.merge(attempt.courseId(), waiting, Integer::sum);
            }
        }
        return essays.entrySet().stream().map(e -> new Waiting(e.getKey(), titleOf(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((Waiting w) -> w.title().uk()).thenComparing(Waiting::courseId)).toList();
    }

    private Bilingual titleOf(UUID courseId) {
        CourseDocument course = courses.facts(courseId, courses.publishedVersion(courseId)).document();
        return new Bilingual(course.title(), course.titleEn());
    }

    private Notice digest(UUID trainer, LocalDate day, List<Waiting> waiting) {
        int total = waiting.stream().mapToInt(Waiting::essays).sum();
        List<NoticeText> body = new ArrayList<>();
        body.add(NoticeText.of("notice.gradingDigest.body", total));
        for (Waiting course : waiting) {
            body.add(NoticeText.of("notice.gradingDigest.course", course.title(), course.essays(),
                    publicUrl + gradingPage(course.courseId())));
        }
        String action = waiting.size() == 1 ? gradingPage(waiting.get(0).courseId()) : "/teach";
        return new Notice("grading-digest:" + trainer + ":" + day, trainer, NoticeKind.GRADING_DIGEST,
                NoticeText.of("notice.gradingDigest.subject", total), body, null, null, null)
                .withAction(NoticeText.of(waiting.size() == 1 ? "notice.gradingDigest.actionOne" : "notice.gradingDigest.actionAll"), action);
    }

    private static String gradingPage(UUID courseId) {
        return "/teach/courses/" + courseId + "/grading";
    }
}
