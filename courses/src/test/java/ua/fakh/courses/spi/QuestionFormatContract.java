package ua.fakh.courses.spi;

import org.junit.jupiter.api.Test;
import ua.fakh.core.plugins.PluginContract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * What every question bank format must do; each {@code qformat_*} plugin has a test extending this
 * one. Subclasses give the plugin, the question types it may produce, a sample that uses every
 * feature, and a text with a broken question.
 */
public abstract class QuestionFormatContract extends PluginContract {
    protected static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    @Override
    protected abstract QuestionFormat plugin();

    @Override
    protected final String expectedType() {
        return "qformat";
    }

    protected abstract List<QuestionType> questionTypes();

    /** A bank without mistakes that uses every feature of the format. */
    protected abstract String sample();

    /** A bank with at least one question that cannot be read. */
    protected abstract String broken();

    /** Pieces of this format (markers, escapes, words, line breaks) that random texts are made of. */
    protected abstract List<String> fuzzTokens();

    protected QuestionImportResult parse(String text) {
        return plugin().parse(text, Locale.ENGLISH);
    }

    @Test
    void namesItsMediaTypeAndExtension() {
        assertThat(plugin().mediaType()).isNotBlank();
        assertThat(plugin().fileExtension()).isNotBlank().doesNotStartWith(".");
    }

    @Test
    void readsTheSampleWithoutErrors() {
        QuestionImportResult result = parse(sample());
        assertThat(result.errors()).isEmpty();
        assertThat(result.questions()).isNotEmpty();
    }

    @Test
    void readsDefinitionsTheirTypesAccept() {
        Map<String, QuestionType> types = questionTypes().stream()
                .collect(Collectors.toMap(t -> t.descriptor().id(), Function.identity()));
        for (ParsedQuestion question : parse(sample()).questions()) {
            assertThat(types).containsKey(question.type());
            assertThatCode(() -> types.get(question.type()).validateDefinition(question.definition()))
                    .as("question at line %d", question.line()).doesNotThrowAnyException();
            assertThat(question.title()).isNotBlank();
            assertThat(question.text()).isNotBlank();
            assertThat(question.line()).isPositive();
        }
    }

    @Test
    void readsTheSameTextToEqualQuestions() {
        assertThat(parse(sample())).isEqualTo(parse(sample()));
    }

    @Test
    void writesWhatReadsBackTheSame() {
        List<ParsedQuestion> questions = parse(sample()).questions();
        QuestionImportResult again = parse(plugin().export(questions));
        assertThat(again.errors()).isEmpty();
        assertThat(withoutLines(again.questions())).isEqualTo(withoutLines(questions));
    }

    @Test
    void writesNormalisedQuestionsSoTheyReadBackTheSame() {
        Map<String, QuestionType> types = questionTypes().stream()
                .collect(Collectors.toMap(t -> t.descriptor().id(), Function.identity()));
        List<ParsedQuestion> questions = parse(sample()).questions();
        List<ParsedQuestion> stored = questions.stream().map(q -> new ParsedQuestion(0, q.category(), q.title(), q.type(),
                q.text(), types.get(q.type()).validateDefinition(q.definition()), q.generalFeedback(), q.textFormat())).toList();
        assertThat(withoutLines(parse(plugin().export(stored)).questions())).isEqualTo(withoutLines(questions));
    }

    @Test
    void reportsABrokenQuestionAndReadsTheRest() {
        QuestionImportResult result = parse(broken());
        assertThat(result.errors()).isNotEmpty();
        assertThat(result.questions()).isNotEmpty();
        int lines = broken().split("\n", -1).length;
        assertThat(result.errors()).allSatisfy(e -> {
            assertThat(e.line()).isBetween(1, lines);
            assertThat(e.message()).isNotBlank();
        });
    }

    @Test
    void reportsErrorsInTheReadersLanguage() {
        List<QuestionImportError> english = plugin().parse(broken(), Locale.ENGLISH).errors();
        List<QuestionImportError> ukrainian = plugin().parse(broken(), UKRAINIAN).errors();
        assertThat(ukrainian).hasSameSizeAs(english);
        assertThat(ukrainian.get(0).line()).isEqualTo(english.get(0).line());
        assertThat(ukrainian.get(0).message()).isNotEqualTo(english.get(0).message());
    }

    @Test
    void readsNothingFromNothing() {
        for (String empty : new String[]{null, "", "  \n\n \t\n", "\uFEFF"}) {
            QuestionImportResult result = parse(empty);
            assertThat(result.questions()).isEmpty();
            assertThat(result.errors()).isEmpty();
        }
    }

    @Test
    void neverThrowsWhateverTheTextAndWritesWhatItReadBackTheSame() {
        List<String> tokens = fuzzTokens();
        Random random = new Random(2024);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(tokens.get(random.nextInt(tokens.size())));
            }
            int lines = text.toString().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length;
            QuestionImportResult result = parse(text.toString());
            assertThat(result.errors()).as("text %s", text).allSatisfy(e -> assertThat(e.line()).isBetween(1, lines));
            assertThat(result.errors()).as("text %s", text).noneMatch(e -> e.message().equals(unreadable()));
            QuestionImportResult again = parse(plugin().export(result.questions()));
            assertThat(again.errors()).as("text %s", text).isEmpty();
            assertThat(withoutLines(again.questions())).as("text %s", text).isEqualTo(withoutLines(result.questions()));
        }
    }

    /** The message a format gives when its reader failed unexpectedly (a bug, never expected); null when it has none. */
    protected String unreadable() {
        return null;
    }

    protected static List<ParsedQuestion> withoutLines(List<ParsedQuestion> questions) {
        return questions.stream().map(q -> q.withLine(0)).toList();
    }
}
