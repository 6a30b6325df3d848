package ua.fakh.courses.spi;

import ua.fakh.core.plugins.Plugin;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * SPI for a kind of lesson (plugin type {@code content}): Markdown text, video, audio, a document,
 * a link, a quiz. A plugin owns the shape of its lesson's {@code content} JSON: it checks it, renders
 * it to safe HTML for learners, renders the trainer's form for it, and names the course materials
 * it uses; the pages around know no type by name. Implementations are stateless, thread-safe
 * beans; nothing here touches the database.
 */
public interface ContentType extends Plugin {

    /**
     * Checks content written by a trainer (or read from an imported package) and returns it
     * normalised (trimmed, unknown fields dropped).
     *
     * @param materials the materials of the lesson's course
     * @throws ContentRejectedException naming every field that is wrong (answered as 422)
     */
    Map<String, Object> validate(Map<String, Object> content, CourseMaterials materials);

    /**
     * An HTML fragment safe to put into a page as it is: user text is escaped or sanitised. Words of
     * the plugin's own come from its bundle in {@code locale} ({@link ua.fakh.core.plugins.PluginStrings}).
     */
    String render(Map<String, Object> content, CourseMaterials materials, Locale locale);

    /**
     * The fields a trainer writes this type's content with, inside the lesson editor's form (which
     * holds the titles and the buttons around them), named as {@link ContentFormFields} reads them
     * back; built with {@link ContentFormParts}. Empty for a type without a form of its own: the
     * editor then offers its content as JSON.
     */
    default Optional<Html> renderForm(ContentForm form) {
        return Optional.empty();
    }

    /** A sign for the type in outlines: one character every phone font has (not an emoji, which older phones show as a box). */
    default String icon() {
        return "•";
    }

    /** Whether playing the lesson's recording to its end counts as doing it (audio, video): the lesson page then ticks it. */
    default boolean completesWhenPlayed() {
        return false;
    }

    /** Ids of the course materials this content refers to (export, access checks). */
    Set<UUID> materialIds(Map<String, Object> content);

    /** The same content referring to other material ids (a course package being imported). */
    Map<String, Object> withMaterials(Map<String, Object> content, Map<UUID, UUID> newIds);

    /** The same content referring to other question families (a course package with its bank being imported). */
    default Map<String, Object> withQuestions(Map<String, Object> content, Map<UUID, UUID> newIds) {
        return content;
    }

    /** Whether opening the lesson counts as doing it (text, link, document); false where the learner must act. */
    default boolean completesWhenOpened() {
        return true;
    }

    /** Whether the learner may mark the lesson done themself (false for a quiz: passing it does). */
    default boolean learnerMarksDone() {
        return true;
    }

    /**
     * Origins ({@code https://host[:port]}) of media this content plays from outside Fakh: the lesson
     * page's Content-Security-Policy allows exactly these for {@code media-src}. Empty (the default)
     * when everything it shows comes from the installation itself.
     */
    default Set<String> externalMediaOrigins(Map<String, Object> content) {
        return Set.of();
    }

    /**
     * Origins ({@code https://host[:port]}) of players this content embeds in a frame (a video site's
     * privacy-enhanced player): the lesson page's Content-Security-Policy allows exactly these for
     * {@code frame-src}. Empty (the default) for content that frames nothing.
     */
    default Set<String> externalFrameOrigins(Map<String, Object> content) {
        return Set.of();
    }

    /** Whether a required lesson with this content holds up course completion (a pre-test does not). */
    default boolean countsTowardCompletion(Map<String, Object> content) {
        return true;
    }
}
