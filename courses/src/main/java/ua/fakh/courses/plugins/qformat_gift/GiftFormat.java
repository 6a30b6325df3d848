package ua.fakh.courses.plugins.qformat_gift;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.ParsedQuestion;
import ua.fakh.courses.spi.QuestionFormat;
import ua.fakh.courses.spi.QuestionImportError;
import ua.fakh.courses.spi.QuestionImportResult;
import ua.fakh.courses.spi.QuestionMessages;
import ua.fakh.courses.spi.QuestionRejectedException;
import ua.fakh.courses.spi.QuestionType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Moodle's GIFT format (docs.moodle.org/en/GIFT_format): {@code //} comments, {@code $CATEGORY:},
 * {@code ::title::}, {@code [markdown]}/{@code [html]}/{@code [plain]}/{@code [moodle]} markers
 * (dropped; HTML stays as written for the renderer to sanitise), single and multiple choice with
 * {@code %weights%} and {@code #feedback}, true/false, short answer, matching, numerical (tolerance,
 * range, several answers), essay, missing word, {@code ####} general feedback and the escapes
 * {@code \~ \= \# \{ \} \: \n \\}. Each question read is checked by its question type, so what
 * comes out is a definition that type accepts.
 *
 * <p>More generous than Moodle, never ambiguous: a byte order mark, Windows or old Mac line ends,
 * non-breaking spaces; {@code {t}}/{@code {true}} in any case; decimal commas ({@code {#2,5:0,5}});
 * blank lines inside an answer block; a question that follows another without a blank line;
 * {@code $CATEGORY:} with an empty path (no category again) and without Moodle's {@code $course$/top/}.
 * One addition: {@code \>} escapes the {@code >} of a literal {@code ->}, which GIFT cannot otherwise write.
 *
 * <p>Not read: questions without an answer block (Moodle's descriptions) are reported as errors;
 * Moodle's {@code [id:…]} and {@code [tag:…]} stay in the text. Not written, as GIFT has no syntax
 * for them: ids, {@code shuffle}, a short answer's {@code caseSensitive}, an essay's word limits,
 * template and grader information.
 *
 * <p>Written so that other GIFT readers take it too (gift-pegjs judges it in the tests): every special
 * character escaped everywhere, {@code [html]} before text that starts as HTML and {@code [markdown]}
 * before the rest (Fakh keeps no other format; {@code [plain]} and {@code [moodle]} come back as
 * {@code [markdown]}), and one answer block per question — a second one in the same sentence is an
 * error, not a second question.
 */
@Singleton
public class GiftFormat implements QuestionFormat {
    private final Map<String, QuestionType> types = new HashMap<>();

    public GiftFormat(List<QuestionType> questionTypes) {
        questionTypes.forEach(t -> types.put(t.descriptor().id(), t));
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("qformat_gift", "1.0.0");
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String fileExtension() {
        return "gift";
    }

    @Override
    public QuestionImportResult parse(String text, Locale locale) {
        List<ParsedQuestion> questions = new ArrayList<>();
        List<QuestionImportError> errors = new ArrayList<>();
        String category = null;
        for (GiftBlock block : GiftBlocks.split(GiftSource.prepare(text))) {
            if (block.category()) {
                category = GiftCategory.path(block.text());
                continue;
            }
            try {
                ParsedQuestion question = GiftQuestionReader.read(block, category);
                check(question);
                questions.add(question);
            } catch (GiftProblem problem) {
                errors.add(new QuestionImportError(block.line(),
                        QuestionMessages.get(this, locale, "error." + problem.key(), problem.args())));
            } catch (RuntimeException unexpected) {
                // A reader bug must cost one question, not the whole bank.
                errors.add(new QuestionImportError(block.line(), QuestionMessages.get(this, locale, "error.unreadable")));
            }
        }
        return new QuestionImportResult(questions, errors);
    }

    @Override
    public String export(List<ParsedQuestion> questions) {
        return GiftWriter.write(questions);
    }

    /** The type itself has the last word: a definition it refuses is this question's error, not a surprise later. */
    private void check(ParsedQuestion question) {
        QuestionType type = types.get(question.type());
        if (type == null) {
            throw new GiftProblem("type.missing", question.type());
        }
        try {
            type.validateDefinition(question.definition());
        } catch (QuestionRejectedException rejected) {
            throw new GiftProblem("type.rejected", question.type(), rejected.fieldErrors().stream()
                    .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        }
    }
}
