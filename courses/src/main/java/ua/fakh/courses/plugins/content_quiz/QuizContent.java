package ua.fakh.courses.plugins.content_quiz;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.courses.assessment.BankChoices;
import ua.fakh.courses.assessment.QuizLessonType;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.spi.ContentForm;
import ua.fakh.courses.spi.CourseMaterials;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.HtmlTag;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A quiz lesson: its content is the {@link QuizSettings} JSON (which questions, time limit,
 * attempts, pass mark, role, grading, when answers show). Done by passing it, never by opening or
 * ticking it; assessment runs its attempts.
 */
@Singleton
public class QuizContent implements QuizLessonType {
    private final BankChoices bank;

    public QuizContent(BankChoices bank) {
        this.bank = bank;
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("content_quiz", "1.0.0");
    }

    @Override
    public Map<String, Object> validate(Map<String, Object> content, CourseMaterials materials) {
        return QuizSettings.validate(content).toContent();
    }

    @Override
    public QuizSettings settings(Map<String, Object> content) {
        return QuizSettings.of(content);
    }

    @Override
    public String render(Map<String, Object> content, CourseMaterials materials, Locale locale) {
        QuizSettings settings = settings(content);
        HtmlTag facts = HtmlTag.of("ul");
        if (settings.timeLimitSeconds() != null) {
            facts.add(HtmlTag.of("li").text(PluginStrings.get(this, locale, "quiz.timeLimit") + ": "
                    + settings.timeLimitSeconds() / 60 + " хв / min"));
        }
        facts.add(HtmlTag.of("li").text(PluginStrings.get(this, locale, "quiz.passing") + ": "
                + settings.passingScorePercent() + "%"));
        return HtmlTag.of("div").cls("lesson-quiz").attr("data-role", settings.role().name())
                .add(HtmlTag.of("p").text(PluginStrings.get(this, locale, "quiz.intro"))).add(facts).html().toString();
    }

    @Override
    public Optional<Html> renderForm(ContentForm form) {
        return Optional.of(QuizForm.render(this, form, bank.of(form.courseId(), form.locale())));
    }

    @Override
    public String icon() {
        return "✎";
    }

    @Override
    public Set<UUID> materialIds(Map<String, Object> content) {
        return Set.of();
    }

    @Override
    public Map<String, Object> withMaterials(Map<String, Object> content, Map<UUID, UUID> newIds) {
        return content;
    }

    /**
     * A fixed list is mapped question by question; a question the package does not carry is left out
     * (an empty list is then refused by {@link #validate}). A random draw names a category, which the
     * bank copy keeps.
     */
    @Override
    public Map<String, Object> withQuestions(Map<String, Object> content, Map<UUID, UUID> newIds) {
        return settings(content).withQuestionIds(newIds).toContent();
    }

    @Override
    public boolean completesWhenOpened() {
        return false;
    }

    @Override
    public boolean learnerMarksDone() {
        return false;
    }

    @Override
    public boolean countsTowardCompletion(Map<String, Object> content) {
        return settings(content).countsTowardCompletion();
    }
}
