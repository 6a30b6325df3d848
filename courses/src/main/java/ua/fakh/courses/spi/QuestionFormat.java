package ua.fakh.courses.spi;

import ua.fakh.core.plugins.Plugin;

import java.util.List;
import java.util.Locale;

/**
 * SPI for a text format of question banks (plugin type {@code qformat}), such as Moodle's GIFT.
 * Implementations are stateless, thread-safe beans; nothing here touches the database.
 */
public interface QuestionFormat extends Plugin {

    /** The media type of the text, e.g. {@code text/plain}. */
    String mediaType();

    /** The usual file name extension, without the dot. */
    String fileExtension();

    /**
     * Reads a bank. Never throws for bad input: a question that cannot be read becomes an error
     * naming the line where it starts, and the others are read all the same. Each question's
     * definition is valid for its type ({@link QuestionType#validateDefinition} accepts it) but not
     * normalised: ids are left for the importer's {@code validateDefinition} to generate, so the
     * same text always parses to equal questions.
     *
     * @param locale the language of the error messages
     */
    QuestionImportResult parse(String text, Locale locale);

    /**
     * Writes questions so that {@link #parse} reads back the same questions (apart from their line
     * numbers). Fields the format cannot express (ids, a quiz's shuffle switch) are left out; a
     * question of a type the format does not know is written as a comment saying so.
     */
    String export(List<ParsedQuestion> questions);
}
