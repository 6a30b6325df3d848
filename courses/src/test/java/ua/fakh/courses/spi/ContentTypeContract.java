package ua.fakh.courses.spi;

import org.junit.jupiter.api.Test;
import ua.fakh.core.plugins.PluginContract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every lesson type must do; each {@code content_*} plugin has a test extending this one.
 * Subclasses give the plugin, one valid content and contents that must be refused.
 */
public abstract class ContentTypeContract extends PluginContract {
    protected static final MaterialInfo PDF = new MaterialInfo(UUID.randomUUID(), "Посібник.pdf", "application/pdf", 2048, "a".repeat(64));
    protected static final MaterialInfo AUDIO = new MaterialInfo(UUID.randomUUID(), "Вправа.mp3", "audio/mpeg", 4096, "b".repeat(64));
    protected static final MaterialInfo VIDEO = new MaterialInfo(UUID.randomUUID(), "Лекція.mp4", "video/mp4", 8192, "c".repeat(64));
    protected static final CourseMaterials MATERIALS = id -> Optional.ofNullable(
            Map.of(PDF.id(), PDF, AUDIO.id(), AUDIO, VIDEO.id(), VIDEO).get(id));

    @Override
    protected abstract ContentType plugin();

    @Override
    protected final String expectedType() {
        return "content";
    }

    protected abstract Map<String, Object> validContent();

    /** Contents the plugin must refuse with 422. */
    protected abstract java.util.List<Map<String, Object>> invalidContents();

    @Test
    void acceptsValidContentAndValidatingAgainChangesNothing() {
        Map<String, Object> once = plugin().validate(validContent(), MATERIALS);
        assertThat(plugin().validate(once, MATERIALS)).isEqualTo(once);
    }

    @Test
    void refusesInvalidContentNamingContentFields() {
        for (Map<String, Object> content : invalidContents()) {
            assertThatThrownBy(() -> plugin().validate(content, MATERIALS))
                    .isInstanceOf(ContentRejectedException.class)
                    .satisfies(e -> assertThat(((ContentRejectedException) e).fieldErrors())
                            .allSatisfy(f -> assertThat(f.field()).startsWith("content.")));
        }
    }

    @Test
    void refusesEmptyContent() {
        assertThatThrownBy(() -> plugin().validate(Map.of(), MATERIALS)).isInstanceOf(ContentRejectedException.class);
    }

    @Test
    void rendersSafeHtmlInBothLanguages() {
        Map<String, Object> content = plugin().validate(validContent(), MATERIALS);
        for (Locale locale : java.util.List.of(Locale.forLanguageTag("uk"), Locale.ENGLISH)) {
            String html = plugin().render(content, MATERIALS, locale);
            assertThat(html).isNotBlank().doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                    .doesNotContainIgnoringCase("onerror=");
        }
    }

    @Test
    void rendersItsEditorFormInBothLanguagesWithTheConventionsNames() {
        Map<String, Object> content = plugin().validate(validContent(), MATERIALS);
        for (Locale locale : java.util.List.of(Locale.forLanguageTag("uk"), Locale.ENGLISH)) {
            ContentForm form = new ContentForm(UUID.randomUUID(), content, Map.of(), java.util.List.of(PDF, AUDIO, VIDEO),
                    "/materials", locale);
            plugin().renderForm(form).ifPresent(html -> assertThat(html.toString()).contains("name=\"c.")
                    .doesNotContainIgnoringCase("<script").doesNotContain("form."));
        }
        assertThat(plugin().icon()).isNotBlank().hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void remapsEveryMaterialItUses() {
        Map<String, Object> content = plugin().validate(validContent(), MATERIALS);
        Map<UUID, UUID> newIds = new HashMap<>();
        plugin().materialIds(content).forEach(id -> newIds.put(id, UUID.randomUUID()));
        Map<String, Object> moved = plugin().withMaterials(content, newIds);
        assertThat(plugin().materialIds(moved)).containsExactlyInAnyOrderElementsOf(newIds.values());
    }
}
