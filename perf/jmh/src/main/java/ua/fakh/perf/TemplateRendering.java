package ua.fakh.perf;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import ua.fakh.core.i18n.Messages;
import ua.fakh.courses.content.CourseStatus;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.content.EnrollmentPolicy;
import ua.fakh.courses.content.LessonOutline;
import ua.fakh.courses.content.SectionOutline;
import ua.fakh.courses.content.Trainer;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.web.i18n.WebMessageBundles;
import ua.fakh.web.learn.CourseModel;
import ua.fakh.web.page.Assets;
import ua.fakh.web.page.PageContext;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The learner's course page (G2's HTML) from the precompiled JTE templates: 10 sections x 5 lessons, half done. */
@State(Scope.Benchmark)
public class TemplateRendering {
    /** The two lesson types the outline shows, named and marked as the installed plugins would. */
    private static final LessonTypes OUTLINE_TYPES = new LessonTypes() {
        @Override
        public List<ua.fakh.courses.spi.ContentType> all() {
            return List.of();
        }

        @Override
        public Optional<ua.fakh.courses.spi.ContentType> find(String id) {
            return Optional.empty();
        }

        @Override
        public String name(String id, Locale locale) {
            return "content_quiz".equals(id) ? "Тест" : "Текст";
        }

        @Override
        public String icon(String id) {
            return "content_quiz".equals(id) ? "✓" : "¶";
        }
    };

    private TemplateEngine engine;
    private Map<String, Object> params;

    @Setup
    public void setUp() throws Exception {
        engine = TemplateEngine.createPrecompiled(ContentType.Html);
        Constructor<Assets> assets = Assets.class.getDeclaredConstructor();
        assets.setAccessible(true);
        UUID courseId = UUID.randomUUID();
        PageContext ctx = new PageContext(Locale.forLanguageTag("uk"), new Messages(WebMessageBundles.source()), "csrf-token", "/courses/" + courseId,
                "/courses/" + courseId, "learner@perf.local", Set.of("LEARNER"), assets.newInstance(), UUID.randomUUID().toString());
        List<SectionOutline> sections = new ArrayList<>();
        List<EnrollmentView.LessonDone> done = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            List<LessonOutline> lessons = new ArrayList<>();
            for (int l = 0; l < 5; l++) {
                UUID id = UUID.randomUUID();
                boolean quiz = s == 9 && l == 4;
                lessons.add(new LessonOutline(id, "Урок " + (s + 1) + "." + (l + 1), null,
                        quiz ? "content_quiz" : "content_markdown", !quiz));
                done.add(new EnrollmentView.LessonDone(id, s * 5 + l < 25));
            }
            sections.add(new SectionOutline(UUID.randomUUID(), "Розділ " + (s + 1), "Part " + (s + 1), lessons));
        }
        CourseView course = new CourseView(courseId, "Ведення випадку: соціальна робота з родинами", "Case management",
                "Курс для фахівців із соціальної роботи громад", null, new BigDecimal("30"), new BigDecimal("1.00"),
                List.of("Оцінює потреби родини", "Складає план допомоги"), List.of(), "uk", UUID.randomUUID(),
                "Центр підвищення кваліфікації", null, List.of(new Trainer(UUID.randomUUID(), "Оксана Тренерка")), List.of(),
                EnrollmentPolicy.OPEN, null, 36, false, CourseStatus.PUBLISHED, 1, false, false, Instant.now(), sections);
        EnrollmentView enrollment = new EnrollmentView(UUID.randomUUID(), courseId, UUID.randomUUID(), "Слухачка Тестова",
                EnrollmentStatus.ACTIVE, 51, done, Instant.now(), null, null, null, done.get(25).lessonId(),
                "sluhachka@example.org", false);
        params = new HashMap<>();
        params.put("ctx", ctx);
        params.put("model", new CourseModel(course, OUTLINE_TYPES, enrollment, false, null, null, null));
    }

    @Benchmark
    public String coursePage() {
        StringOutput out = new StringOutput();
        engine.render("learn/course.jte", params, out);
        return out.toString();
    }
}
