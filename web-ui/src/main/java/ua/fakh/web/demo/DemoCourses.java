package ua.fakh.web.demo;

import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserView;
import ua.fakh.courses.assessment.BankImport;
import ua.fakh.courses.assessment.QuestionBank;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.assessment.Quizzes;
import ua.fakh.courses.content.CourseAuthoring;
import ua.fakh.courses.content.CourseOutlineAuthoring;
import ua.fakh.courses.content.EnrollmentPolicy;
import ua.fakh.courses.content.Materials;
import ua.fakh.courses.content.NewCourse;
import ua.fakh.courses.content.NewLesson;
import ua.fakh.courses.content.NewSection;
import ua.fakh.courses.enrollment.Enrollments;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The two bilingual demo courses, built through the same doors a trainer's pages use: a self-help
 * course (short texts, a breathing exercise as audio, a PDF guide) and a case-management course
 * (texts, a video, a checklist, a pre-test and a post-test). Both published, the demo learners enrolled.
 * Runs inside {@link DemoData}'s transaction.
 */
@Singleton
class DemoCourses {
    static final String SELF_HELP_TITLE = "Самодопомога та стресостійкість для фахівців соціальної сфери";
    static final String CASE_TITLE = "Ведення випадку в соціальній роботі";
    static final String CASE_CATEGORY = "Ведення випадку";
    private static final Locale UK = Locale.forLanguageTag("uk");

    private final CourseAuthoring authoring;

    private final CourseOutlineAuthoring outline;
    private final Materials materials;
    private final Enrollments enrollments;
    private final QuestionBank questions;
    private final Quizzes quizzes;

    DemoCourses(CourseAuthoring authoring, CourseOutlineAuthoring outline, Materials materials,
                Enrollments enrollments, QuestionBank questions, Quizzes quizzes) {
        this.authoring = authoring;
        this.outline = outline;
        this.materials = materials;
        this.enrollments = enrollments;
        this.questions = questions;
        this.quizzes = quizzes;
    }

    void load(UserView trainerUser, UUID provider, List<UUID> learners) {
        Caller trainer = new Caller(trainerUser.id(), trainerUser.email(), trainerUser.roles(), trainerUser.organizationId(), "local");
        UUID selfHelp = selfHelp(trainer, provider);
        UUID caseManagement = caseManagement(trainer, provider);
        enrollments.enrollUsers(selfHelp, learners, null, Instant.now().plus(Duration.ofDays(30)), trainer);
        enrollments.enrollUsers(caseManagement, learners, null, null, trainer);
    }

    private UUID selfHelp(Caller trainer, UUID provider) {
        UUID id = authoring.create(new NewCourse(SELF_HELP_TITLE, "Self-help and stress management for social workers",
                "Короткий курс для соціальних працівників громад і мобільних бригад: як помітити стрес і вигорання, "
                        + "як за кілька хвилин повернути собі спокій, як скласти власний план самодопомоги.",
                "A short course for community social workers and mobile teams: noticing stress and burnout, "
                        + "calming down in a few minutes, and making a personal self-help plan.",
                new BigDecimal("6"), null,
                List.of("Розпізнає ознаки стресу та професійного вигорання в себе й колег",
                        "Застосовує дихальні та заземлювальні вправи самодопомоги",
                        "Складає особистий план самодопомоги"),
                List.of("Стресостійкість", "Турбота про себе в професійній діяльності"),
                "uk", provider, EnrollmentPolicy.OPEN, null, null, List.of("самодопомога", "стрес", "self-help"), null, false),
                trainer).id();
        UUID basics = section(id, "Стрес і вигорання", "Stress and burnout", trainer);
        markdown(basics, "Що таке стрес", "What stress is", """
                ## Стрес — це нормально

                Стрес — природна реакція організму на **загрозу чи перевантаження**. Короткочасний стрес
                допомагає зосередитися, тривалий — виснажує.

                Працюючи з людьми, які пережили втрати, ви щодня берете на себе частину їхнього болю.
                Тому турбота про себе — частина професійної роботи, а не розкіш.
                """, trainer);
        markdown(basics, "Ознаки вигорання", "Signs of burnout", """
                ## На що звернути увагу

                - постійна втома, яка не минає після відпочинку;
                - роздратування, цинізм щодо отримувачів послуг;
                - відчуття, що ваша робота нічого не змінює;
                - проблеми зі сном і концентрацією.

                Якщо ви помічаєте в себе три й більше ознак упродовж двох тижнів — поговоріть із супервізором.
                """, trainer);
        UUID practice = section(id, "Практика самодопомоги", "Self-help practice", trainer);
        UUID audio = materials.upload(id, "спокійне-дихання.wav",
                new ByteArrayInputStream(DemoMedia.breathingTone(8)), trainer).id();
        lesson(practice, "Вправа: спокійне дихання", "Exercise: calm breathing", "content_audio",
        Map.of("materialId", audio.toString(),
                "transcript", """
                        Сядьте зручно, поставте стопи на підлогу. Повільно вдихніть носом, рахуючи до чотирьох,
                        коли звук наростає. Видихніть ротом, рахуючи до чотирьох, коли звук стихає.
                        Повторіть кілька разів. Помітьте, як опора стільця підтримує вас.
                        """), trainer);
        markdown(practice, "Мій план самодопомоги", "My self-help plan", """
                ## Складіть свій план

                1. Що мене виснажує на роботі?
                2. Що допомагає мені відновитися (прогулянка, розмова, сон, спорт)?
                3. До кого я можу звернутися по підтримку?
                4. Що я зроблю для себе вже цього тижня?
                """, trainer);
        UUID guide = materials.upload(id, "посібник-самодопомоги.pdf", new ByteArrayInputStream(DemoMedia.handout(
                "Посібник із самодопомоги", List.of("1. Зупиніться й помітьте, що відбувається.",
                        "2. Заземліться: стопи на підлозі, п'ять речей, які ви бачите.",
                        "3. Дихайте повільно: вдих на 4, видих на 4.",
                        "4. Поверніться до того, що для вас важливе.",
                        "5. Попросіть про підтримку, коли важко."))), trainer).id();
        UUID handouts = section(id, "Матеріали", "Handouts", trainer);
        lesson(handouts, "Посібник із самодопомоги (PDF)", "Self-help guide (PDF)", "content_file",
                Map.of("materialId", guide.toString(), "description", "Одна сторінка, щоб роздрукувати й тримати під рукою."), trainer);
        authoring.publish(id, trainer);
        return id;
    }

    private UUID caseManagement(Caller trainer, UUID provider) {
        UUID id = authoring.create(new NewCourse(CASE_TITLE, "Case management in social work",
                "Етапи ведення випадку відповідно до Державного стандарту: оцінка потреб, план надання послуг, "
                        + "моніторинг і закриття випадку. З відеоприкладом засідання та чек-листом.",
                "The stages of case management under the national standard: needs assessment, the service plan, "
                        + "monitoring and closing a case. With a video of a case conference and a checklist.",
                new BigDecimal("15"), null,
                List.of("Проводить оцінку потреб сім'ї або особи", "Складає план надання соціальних послуг разом з отримувачем",
                        "Веде документацію випадку відповідно до стандарту"),
                List.of("Ведення випадку", "Міжвідомча взаємодія"),
                "uk", provider, EnrollmentPolicy.OPEN, null, 36, List.of("ведення випадку", "стандарти", "case management"), null, false),
                trainer).id();
        BankImport imported = questions.importGift(id, """
                $CATEGORY: Ведення випадку

                ::Перший етап::З чого починається ведення випадку? {=Оцінка потреб ~Закриття випадку ~Моніторинг}

                ::Спільний план::План надання послуг складають разом з отримувачем послуг. {T}

                ::Згода::Інформацію про отримувача послуг можна передавати без його згоди, якщо немає загрози життю. {F}

                ::Моніторинг::Що відбувається на етапі моніторингу? {~Закривають випадок =Перевіряють, чи допомагають послуги ~Реєструють звернення}
                """, trainer, UK);
        if (!imported.errors().isEmpty()) {
            throw new IllegalStateException("Demo questions do not parse: " + imported.errors());
        }
        UUID intro = section(id, "Вступ", "Introduction", trainer);
        lesson(intro, "Вхідний тест", "Pre-test", quizzes.lessonType(), quiz(QuizSettings.Role.PRE_TEST), trainer);
        markdown(intro, "Етапи ведення випадку", "Stages of case management", """
                ## П'ять етапів

                1. **Виявлення та звернення** — хто і як дізнався про потребу.
                2. **Оцінка потреб** — разом із сім'єю, з урахуванням її сильних сторін.
                3. **План надання послуг** — конкретні цілі, строки, відповідальні.
                4. **Моніторинг** — чи працює план, що змінити.
                5. **Закриття випадку** — коли цілі досягнуто або сім'ю передано іншому надавачу.
                """, trainer);
        UUID practice = section(id, "Практика", "Practice", trainer);
        UUID video = materials.upload(id, "засідання-з-ведення-випадку.mp4", new ByteArrayInputStream(DemoMedia.video()), trainer).id();
        lesson(practice, "Відео: засідання з ведення випадку", "Video: a case conference", "content_video",
                Map.of("materialId", video.toString(), "transcript", """
                        Фахівчиня центру представляє випадок сім'ї з трьома дітьми, що переїхала з Куп'янська.
                        Учасники засідання — соціальна працівниця, психологиня, представниця служби у справах дітей —
                        домовляються, хто і до якого числа зробить наступний крок.
                        """), trainer);
        markdown(practice, "Оцінка потреб на практиці", "Needs assessment in practice", """
                ## Поради

                - Говоріть із кожним членом сім'ї, не лише з тим, хто звернувся.
                - Записуйте сильні сторони сім'ї — на них спирається план.
                - Уточнюйте, що **сама сім'я** вважає найважливішим.
                """, trainer);
        UUID checklist = materials.upload(id, "чек-лист-ведення-випадку.pdf", new ByteArrayInputStream(DemoMedia.handout(
                "Чек-лист ведення випадку", List.of("□ Звернення зареєстровано", "□ Оцінку потреб проведено разом із сім'єю",
                        "□ План надання послуг погоджено й підписано", "□ Дату моніторингу визначено",
                        "□ Рішення про закриття випадку обґрунтовано"))), trainer).id();
        UUID summary = section(id, "Підсумок", "Summary", trainer);
        lesson(summary, "Чек-лист ведення випадку", "Case management checklist", "content_file",
                Map.of("materialId", checklist.toString()), trainer);
        lesson(summary, "Підсумковий тест", "Post-test", quizzes.lessonType(), quiz(QuizSettings.Role.POST_TEST), trainer);
        authoring.publish(id, trainer);
        return id;
    }

    /** Three random questions of the case-management category, pass mark 60%. */
    private static Map<String, Object> quiz(QuizSettings.Role role) {
        return new QuizSettings(null, CASE_CATEGORY, 3, false, null, null, 60, role, null, null).toContent();
    }

    private UUID section(UUID courseId, String title, String titleEn, Caller trainer) {
        return outline.addSection(courseId, new NewSection(title, titleEn), trainer).id();
    }

    private void markdown(UUID sectionId, String title, String titleEn, String markdown, Caller trainer) {
        lesson(sectionId, title, titleEn, "content_markdown", Map.of("markdown", markdown), trainer);
    }

    private void lesson(UUID sectionId, String title, String titleEn, String type, Map<String, Object> content, Caller trainer) {
        outline.addLesson(sectionId, new NewLesson(title, titleEn, type, content, true), trainer, UK);
    }
}
