package ua.fakh.courses.plugins.qformat_gift;

import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.ExternalTool;
import ua.fakh.courses.spi.ParsedQuestion;
import ua.fakh.courses.spi.QuestionFormat;
import ua.fakh.courses.spi.QuestionFormatContract;
import ua.fakh.courses.spi.QuestionImportError;
import ua.fakh.courses.spi.QuestionImportResult;
import ua.fakh.courses.spi.QuestionType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading and writing GIFT with a realistic Ukrainian bank ({@code gift/bank_uk.gift}) that uses
 * every feature, and one with a broken question of each kind between good ones
 * ({@code gift/bank_with_errors_uk.gift}).
 */
class GiftFormatTest extends QuestionFormatContract {
    private static final String BANK = resource("gift/bank_uk.gift");
    private static final String BROKEN = resource("gift/bank_with_errors_uk.gift");
    private final GiftFormat gift = new GiftFormat(BuiltInQuestionTypes.all());

    @Override
    protected QuestionFormat plugin() {
        return gift;
    }

    @Override
    protected List<QuestionType> questionTypes() {
        return BuiltInQuestionTypes.all();
    }

    @Override
    protected String sample() {
        return BANK;
    }

    @Override
    protected String broken() {
        return BROKEN;
    }

    @Override
    protected List<String> fuzzTokens() {
        return List.of("::", "::Назва::", "{", "}", "{", "}", "=", "=", "~", "~", "#", "####", "->", " -> ", "%50%", "%-100%",
                "%100%", "%abc%", "\\{", "\\}", "\\~", "\\=", "\\#", "\\:", "\\n", "\\\\", "\\>", "\n", "\n", "\n\n",
                "\r\n", "// коментар\n", "$CATEGORY: Розділ/Тема\n", "[html]", "[markdown]", "T", "FALSE", "#", "1..5", "2,5:0,5",
                "-3", "18", "сім'я", "Соціальна робота", "послуга", "“лапки”", " ", " ", "\u00A0", "\t", "_____", "%", ":", ".",
                "<b>", "\uFEFF");
    }

    @Override
    protected String unreadable() {
        return "The question could not be read";
    }

    @Test
    void readsEveryQuestionOfTheBankAtItsLine() {
        assertThat(parse(BANK).questions()).extracting(ParsedQuestion::line, ParsedQuestion::type).containsExactly(
                tuple(7, "qtype_singlechoice"), tuple(16, "qtype_multichoice"), tuple(24, "qtype_truefalse"),
                tuple(26, "qtype_truefalse"), tuple(28, "qtype_truefalse"), tuple(30, "qtype_truefalse"),
                tuple(32, "qtype_shortanswer"), tuple(34, "qtype_matching"), tuple(43, "qtype_numerical"),
                tuple(45, "qtype_numerical"), tuple(47, "qtype_numerical"), tuple(49, "qtype_numerical"),
                tuple(55, "qtype_essay"), tuple(58, "qtype_singlechoice"), tuple(60, "qtype_singlechoice"),
                tuple(62, "qtype_singlechoice"), tuple(64, "qtype_shortanswer"), tuple(66, "qtype_numerical"),
                tuple(68, "qtype_singlechoice"), tuple(74, "qtype_shortanswer"), tuple(77, "qtype_singlechoice"),
                tuple(79, "qtype_multichoice"), tuple(86, "qtype_singlechoice"));
    }

    @Test
    void readsCategoriesWithoutMoodlesContextAndTopLevel() {
        List<ParsedQuestion> questions = parse(BANK).questions();
        assertThat(question(questions, 7).category()).isEqualTo("Соціальна робота/Захист дітей");
        assertThat(question(questions, 34).category()).isEqualTo("Соціальна робота/Захист дітей");
        assertThat(question(questions, 43).category()).isEqualTo("Соціальна робота/Права людини");
        assertThat(parse("::Без категорії::Питання? {T}").questions().get(0).category()).isNull();
        assertThat(parse("$CATEGORY: А/Б\n\n$CATEGORY:\n\n::П::Питання? {T}").questions().get(0).category()).isNull();
    }

    @Test
    void readsASingleChoiceWithFeedbackAndPartialCredit() {
        ParsedQuestion question = question(parse(BANK).questions(), 7);
        assertThat(question.title()).isEqualTo("Супровід сім'ї");
        assertThat(question.text()).isEqualTo("Яка послуга передбачає тривалу підтримку сім'ї,\nщо опинилася у складних життєвих обставинах?");
        assertThat(question.definition()).isEqualTo(Map.of("choices", List.of(
                Map.of("text", "Соціальний супровід", "correct", true, "feedback", "Так, супровід триває кілька місяців."),
                Map.of("text", "Консультування", "correct", false, "feedback", "Ні, консультування — разова послуга."),
                Map.of("text", "Соціальна профілактика", "correct", false, "weight", 50L,
                        "feedback", "Частково: профілактика передує супроводу."),
                Map.of("text", "Натуральна допомога", "correct", false))));
    }

    @Test
    void readsWeightsTheMarkdownMarkerAndGeneralFeedback() {
        ParsedQuestion question = question(parse(BANK).questions(), 16);
        assertThat(question.text()).isEqualTo("Які з ознак можуть свідчити про **домашнє насильство** щодо дитини?");
        assertThat(question.generalFeedback()).isEqualTo("Оцінюйте ознаки в сукупності, а не поодинці.");
        assertThat(question.definition()).isEqualTo(Map.of("choices", List.of(
                Map.of("text", "Синці, походження яких дитина не може пояснити", "weight", 50L),
                Map.of("text", "Раптові зміни поведінки, страх іти додому", "weight", 50L),
                Map.of("text", "Дитина має власну кімнату", "weight", -100L, "feedback", "Це не ознака насильства."),
                Map.of("text", "Дитина добре вчиться", "weight", -50L))));
    }

    @Test
    void readsTrueAndFalseWithFeedbackForTheWrongAndTheRightAnswer() {
        List<ParsedQuestion> questions = parse(BANK).questions();
        assertThat(question(questions, 24).definition()).isEqualTo(Map.of("answer", false,
                "feedbackTrue", "Ні: потрібна згода особи або підстава в законі.",
                "feedbackFalse", "Так, без згоди не можна."));
        assertThat(question(questions, 26).definition()).isEqualTo(Map.of("answer", true));
        assertThat(question(questions, 28).definition()).isEqualTo(Map.of("answer", true,
                "feedbackFalse", "Ні, це саме її призначення."));
        assertThat(question(questions, 30).definition()).isEqualTo(Map.of("answer", false));
        assertThat(parse("Твердження. {true}").questions().get(0).definition()).isEqualTo(Map.of("answer", true));
    }

    @Test
    void readsShortAnswersWithWeightsAndFeedback() {
        assertThat(question(parse(BANK).questions(), 32).definition()).isEqualTo(Map.of("answers", List.of(
                Map.of("text", "сім'я", "weight", 100L), Map.of("text", "родина", "weight", 100L),
                Map.of("text", "домогосподарство", "weight", 50L, "feedback", "Близько, але ширше поняття."))));
    }

    @Test
    void readsMatchingWithADistractor() {
        assertThat(question(parse(BANK).questions(), 34).definition()).isEqualTo(Map.of("pairs", List.of(
                Map.of("left", "Кейс-менеджер", "right", "Координує послуги для сім'ї"),
                Map.of("left", "Психолог", "right", "Надає психологічну підтримку"),
                Map.of("left", "Юрист", "right", "Консультує з правових питань"),
                Map.of("right", "Призначає пенсії"))));
    }

    @Test
    void readsNumbersWithToleranceRangeDecimalCommaAndSeveralAnswers() {
        List<ParsedQuestion> questions = parse(BANK).questions();
        assertThat(question(questions, 43).definition()).isEqualTo(numerical(Map.of("value", 1991L, "tolerance", 0L, "weight", 100L)));
        assertThat(question(questions, 45).definition()).isEqualTo(numerical(Map.of("value", 1.5, "tolerance", 0.5, "weight", 100L)));
        assertThat(question(questions, 47).definition()).isEqualTo(numerical(Map.of("min", 1L, "max", 5L, "weight", 100L)));
        assertThat(question(questions, 66).definition()).isEqualTo(numerical(Map.of("value", 7L, "tolerance", 2L, "weight", 100L)));
        assertThat(question(questions, 49).definition()).isEqualTo(Map.of("answers", List.of(
                        Map.of("value", 18L, "tolerance", 0L, "weight", 100L, "feedback", "Так, з 18 років."),
                        Map.of("min", 16L, "max", 17L, "weight", 50L,
                                "feedback", "Майже: з 16 можна набути повної дієздатності в окремих випадках.")),
                "feedbackWrong", "Повноліття настає з 18 років."));
    }

    @Test
    void readsAnEssayWithGeneralFeedback() {
        ParsedQuestion essay = question(parse(BANK).questions(), 55);
        assertThat(essay.definition()).isEmpty();
        assertThat(essay.text()).isEqualTo("Опишіть, як ви складатимете план безпеки разом із постраждалою особою.");
        assertThat(essay.generalFeedback()).isEqualTo("Оцінюватимуться: оцінка ризиків, участь особи, конкретні кроки.");
    }

    @Test
    void leavesABlankWhereTheAnswersOfAMissingWordQuestionWere() {
        List<ParsedQuestion> questions = parse(BANK).questions();
        assertThat(question(questions, 58).text())
                .isEqualTo("Послуги, які громада надає в першу чергу, називаються _____ соціальними послугами.");
        assertThat(question(questions, 60).text()).isEqualTo("_____ визначає потреби населення в соціальних послугах.");
        assertThat(question(questions, 24).text()).doesNotContain("_____");
    }

    @Test
    void dropsFormatMarkersAndKeepsHtmlAsWritten() {
        List<ParsedQuestion> questions = parse(BANK).questions();
        assertThat(question(questions, 62).text()).isEqualTo("<p>Хто <b>ініціює</b> оцінку потреб сім'ї?</p>");
        assertThat(question(questions, 64).text()).isEqualTo("Що таке ЦНАП?");
        assertThat(question(questions, 66).text()).isEqualTo("Скільки днів триває оцінка потреб?");
        assertThat(parse("Питання? {=[html]<b>так</b> ~[plain]ні}").questions().get(0).definition())
                .isEqualTo(Map.of("choices", List.of(Map.of("text", "<b>так</b>", "correct", true),
                        Map.of("text", "ні", "correct", false))));
    }

    @Test
    void readsEscapedSpecialCharactersAsThemselves() {
        ParsedQuestion question = question(parse(BANK).questions(), 68);
        assertThat(question.title()).isEqualTo("Екранування: спецсимволи");
        assertThat(question.text()).isEqualTo("Що означає запис «2 = 2»? Фігурні дужки { } теж можна.");
        assertThat(question.definition()).isEqualTo(Map.of("choices", List.of(
                Map.of("text", "Рівність", "correct", true, "feedback", "Так # це рівність."),
                Map.of("text", "Нерівність ~ приблизно", "correct", false),
                Map.of("text", "Двокрапка : не розділювач", "correct", false))));
        assertThat(parse("Рядок\\nще рядок, а C:\\\\new — шлях. {T}").questions().get(0).text())
                .isEqualTo("Рядок\nще рядок, а C:\\new — шлях.");
    }

    @Test
    void namesAnUntitledQuestionAfterTheStartOfItsText() {
        ParsedQuestion question = question(parse(BANK).questions(), 74);
        assertThat(question.title()).isEqualTo("Яка гаряча лінія працює цілодобово для постраждалих від…");
        assertThat(question.definition()).isEqualTo(Map.of("answers", List.of(
                Map.of("text", "15-47", "weight", 100L), Map.of("text", "1547", "weight", 100L))));
    }

    @Test
    void keepsCurlyQuotesAndTreatsNonBreakingSpacesAsSpaces() {
        ParsedQuestion question = question(parse(BANK).questions(), 77);
        assertThat(question.text()).isEqualTo("Хто автор поеми “Кавказ”?");
        assertThat(question.definition()).isEqualTo(Map.of("choices", List.of(
                Map.of("text", "Тарас Шевченко", "correct", true), Map.of("text", "Леся Українка", "correct", false),
                Map.of("text", "“Іван Франко”", "correct", false))));
    }

    @Test
    void isGenerousWithBlankLinesInsideAnswersAndMissingBlankLinesBetweenQuestions() {
        List<ParsedQuestion> questions = parse(BANK).questions();
        assertThat(question(questions, 79).definition()).isEqualTo(Map.of("choices", List.of(
                Map.of("text", "Заява", "weight", 50L), Map.of("text", "Паспорт", "weight", 50L),
                Map.of("text", "Довідка з місця роботи сусіда", "weight", -100L))));
        assertThat(question(questions, 86).title()).isEqualTo("Без порожнього рядка");
        assertThat(parse("// коментар\n::А::Перше? {T}\n// ще коментар\n::Б::Друге? {F}\nТретє? {=так ~ні}").questions())
                .extracting(ParsedQuestion::line).containsExactly(2, 4, 5);
    }

    @Test
    void isGenerousWithSpacesAroundMarkersAndAroundTheTitle() {
        QuestionImportResult result = parse("$category:  Розділ /  Підрозділ \n\n:: Назва  окремо ::\nТекст питання?\n"
                + "{ =  так # добре  ~ % 50 % майже ~ ні }\n\nЧисло? {#  2,5 : 0,5 }\n\nПроміжок? {# 1 .. 5 }");
        assertThat(result.errors()).isEmpty();
        ParsedQuestion first = result.questions().get(0);
        assertThat(first.category()).isEqualTo("Розділ/Підрозділ");
        assertThat(first.title()).isEqualTo("Назва окремо");
        assertThat(first.text()).isEqualTo("Текст питання?");
        assertThat(first.definition()).isEqualTo(Map.of("choices", List.of(
                Map.of("text", "так", "correct", true, "feedback", "добре"),
                Map.of("text", "майже", "correct", false, "weight", 50L), Map.of("text", "ні", "correct", false))));
        assertThat(result.questions().get(1).definition()).isEqualTo(numerical(Map.of("value", 2.5, "tolerance", 0.5, "weight", 100L)));
        assertThat(result.questions().get(2).definition()).isEqualTo(numerical(Map.of("min", 1L, "max", 5L, "weight", 100L)));
    }

    @Test
    void readsWindowsAndOldMacLineEndsAndAByteOrderMarkTheSame() {
        List<ParsedQuestion> expected = parse(BANK).questions();
        assertThat(parse("\uFEFF" + BANK.replace("\n", "\r\n")).questions()).isEqualTo(expected);
        assertThat(parse(BANK.replace("\n", "\r")).questions()).isEqualTo(expected);
    }

    @Test
    void ignoresCommentsBetweenTheLinesOfAQuestion() {
        ParsedQuestion question = parse("::Т::Перший рядок\n// примітка для авторів\nдругий рядок {\n=так\n// ще\n~ні\n}")
                .questions().get(0);
        assertThat(question.text()).isEqualTo("Перший рядок\nдругий рядок");
        assertThat(question.definition()).isEqualTo(Map.of("choices", List.of(
                Map.of("text", "так", "correct", true), Map.of("text", "ні", "correct", false))));
    }

    @Test
    void reportsEachBrokenQuestionAtTheLineWhereItStarts() {
        QuestionImportResult result = parse(BROKEN);
        assertThat(result.errors()).extracting(QuestionImportError::line, QuestionImportError::message).containsExactly(
                tuple(5, "The answer block is not closed: a { without its }"),
                tuple(9, "“п'ять” is not a number"),
                tuple(11, "A multiple choice question needs a right answer: =answer, or ~%weight%answer with a positive weight"),
                tuple(13, "A matching question needs at least two pairs"),
                tuple(15, "The title is not closed with ::"),
                tuple(19, "Two answer blocks { } in one question (Moodle too keeps one question, with one block): "
                        + "put a blank line between two questions, or write \\{ and \\} for braces in the text"),
                tuple(21, "A } without a { before it; write \\} for a brace in the text"),
                tuple(23, "The positive weights add up to 80%, but they must add up to 100%"),
                tuple(25, "A short answer question needs an answer worth 100%"),
                tuple(27, "In the range 5..1 the minimum is above the maximum"),
                tuple(29, "The weight %багато% is not a number"),
                tuple(31, "The pair “Юрист” must look like =left -> right"),
                tuple(33, "A multiple choice question needs at least two answers"),
                tuple(35, "The question has no text"));
        assertThat(result.questions()).extracting(ParsedQuestion::line, ParsedQuestion::title).containsExactly(
                tuple(7, "Добре після незакритої"), tuple(17, "Опис серед помилок"), tuple(37, "Добре в кінці"));
        assertThat(result.questions()).allSatisfy(q -> assertThat(q.category()).isEqualTo("Перевірка імпорту"));
    }

    @Test
    void reportsTwoAnswerBlocksOfOneSentenceOverTwoLinesAsOneQuestionInError() {
        QuestionImportResult result = parse("::Два::Частина перша {=а ~б} середина.\nЧастина друга {=в ~г} кінець.\n\n::Далі::Наступне? {T}");
        assertThat(result.errors()).extracting(QuestionImportError::line).containsExactly(1);
        assertThat(result.errors().get(0).message()).startsWith("Two answer blocks { } in one question");
        assertThat(result.questions()).extracting(ParsedQuestion::title).containsExactly("Далі");
    }

    @Test
    void writesEveryGiftSpecialCharacterEscapedAndHtmlTextAsHtml() {
        String written = gift.export(List.of(new ParsedQuestion(0, null, "Т", "qtype_singlechoice",
                "<p class=\"x\">a: b # c ~ d</p>", Map.of("choices", List.of(Map.of("text", "%load", "correct", true),
                Map.of("text", "x: y", "correct", false, "feedback", "Підказка: так"))), null)));
        assertThat(written).contains("::Т::[html]<p class\\=\"x\">a\\: b \\# c \\~ d</p>")
                .contains("=[html]%load").contains("~x\\: y#Підказка\\: так");
        assertThat(gift.export(List.of(new ParsedQuestion(0, null, "Т", "qtype_truefalse", "Текст **так**", Map.of("answer", true),
                null)))).startsWith("::Т::[markdown]Текст");
    }

    @Test
    void reportsInUkrainianForAUkrainianReader() {
        List<QuestionImportError> errors = gift.parse(BROKEN, UKRAINIAN).errors();
        assertThat(errors.get(0).message()).isEqualTo("Блок відповідей не закрито: є {, але немає }");
        assertThat(errors.get(1).message()).isEqualTo("«п'ять» — не число");
    }

    @Test
    void reportsTheLineOfABrokenQuestionInAWindowsFile() {
        assertThat(parse(BROKEN.replace("\n", "\r\n")).errors()).isEqualTo(parse(BROKEN).errors());
    }

    @Test
    void reportsWhatTheQuestionTypeRefuses() {
        QuestionImportResult result = new GiftFormat(List.of()).parse("::А::Питання? {T}", Locale.ENGLISH);
        assertThat(result.errors()).containsExactly(new QuestionImportError(1, "The question type qtype_truefalse is not installed"));
    }

    @Test
    void writesTrickyTextsSoTheyReadBackTheSame() {
        List<ParsedQuestion> tricky = List.of(
                question("Абзац перший.\n\nАбзац другий, після порожнього рядка.\n// не коментар\n::не назва\n$ не категорія",
                        "qtype_singlechoice", Map.of("choices", List.of(
                                Map.of("text", "{дужки} = ~тильда #решітка", "correct", true, "feedback", "a -> b \\ c\nрядок"),
                                Map.of("text", "%50% — не вага", "correct", false),
                                Map.of("text", "Теж правильна", "correct", true)))),
                question("Усі правильні?", "qtype_singlechoice", Map.of("choices", List.of(
                        Map.of("text", "Так", "correct", true), Map.of("text", "Теж так", "correct", true)))),
                question("Стрілка -> у відповіді?", "qtype_shortanswer", Map.of("answers", List.of(
                        Map.of("text", "a -> b", "weight", 100L), Map.of("text", "%", "weight", 100L)))),
                question("Ліва сторона -> зі стрілкою", "qtype_matching", Map.of("pairs", List.of(
                        Map.of("left", "x -> y", "right", "z"), Map.of("left", "T", "right", "=F"),
                        Map.of("right", "#зайве")))),
                question("Закінчується пропуском _____", "qtype_truefalse", Map.of("answer", true, "feedbackTrue", "Так")),
                question("Пропуск _____ посередині, а текст далі.", "qtype_numerical", Map.of("answers", List.of(
                        Map.of("value", -2.5, "tolerance", 0.25, "weight", 100L, "feedback", "~ так"),
                        Map.of("min", -10L, "max", 1e-7, "weight", 0L)), "feedbackWrong", "Ні # ні")),
                question("Есе з відгуком", "qtype_essay", Map.of()));
        String written = gift.export(tricky);
        QuestionImportResult read = parse(written);
        assertThat(read.errors()).as(written).isEmpty();
        assertThat(withoutLines(read.questions())).as(written).isEqualTo(withoutLines(tricky));
    }

    @Test
    void writesGeneratedQuestionsOfEveryKindSoTheyReadBackTheSame() {
        Random random = new Random(11);
        Map<String, Integer> readByType = new TreeMap<>();
        for (int i = 0; i < 4_000; i++) {
            String text = GiftQuestionGenerator.question(random);
            QuestionImportResult result = parse(text);
            assertThat(result.errors()).as(text).noneMatch(e -> e.message().equals(unreadable()));
            for (ParsedQuestion question : result.questions()) {
                readByType.merge(question.type(), 1, Integer::sum);
                String written = gift.export(List.of(question));
                QuestionImportResult again = parse(written);
                assertThat(again.errors()).as("%s%n=> %s", text, written).isEmpty();
                assertThat(withoutLines(again.questions())).as("%s%n=> %s", text, written)
                        .containsExactly(question.withLine(0));
            }
        }
        assertThat(readByType).as("questions read by type").hasSize(8).allSatisfy((type, count) -> assertThat(count).isGreaterThan(40));
    }

    @Test
    void writesGeneratedQuestionsSoAnIndependentGiftParserReadsThemAll() throws IOException {
        Random random = new Random(17);
        List<ParsedQuestion> questions = new java.util.ArrayList<>();
        while (questions.size() < 1_500) {
            questions.addAll(parse(GiftQuestionGenerator.question(random)).questions());
        }
        String written = gift.export(questions);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("generated", ".gift");
        try {
            java.nio.file.Files.writeString(file, written, StandardCharsets.UTF_8);
            ExternalTool.Result result = ExternalTool.node("gift", "parse.mjs", file.toString());
            assertThat(result.succeeded()).as("%s%n%s", result.output(), near(written, result.output())).isTrue();
            int read = result.stdout().split("\"type\": \"(MC|Short|TF|Numerical|Matching|Essay|Description)\"", -1).length - 1;
            assertThat(read).isEqualTo(questions.size());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void keepsEachQuestionsTextFormatAndWritesItBack() {
        List<ParsedQuestion> questions = parse(BANK).questions();
        assertThat(question(questions, 62).textFormat()).isEqualTo("html");
        assertThat(question(questions, 64).textFormat()).isEqualTo("plain");
        assertThat(question(questions, 66).textFormat()).isEqualTo("moodle");
        assertThat(question(questions, 7).textFormat()).as("no marker: what the text looks like").isEqualTo("markdown");
        assertThat(parse("[HTML]Питання *так*? {T}").questions().get(0).textFormat()).isEqualTo("html");
        assertThat(parse("<b>Питання</b> без позначки? {T}").questions().get(0).textFormat()).isEqualTo("html");
        assertThat(parse("[markdown]<b>Питання</b> у розмітці? {T}").questions().get(0).textFormat()).isEqualTo("markdown");

        String written = gift.export(List.of(question(questions, 64), question(questions, 66), question(questions, 62),
                new ParsedQuestion(0, null, "Текст", "qtype_truefalse", "<b>Тег</b> як текст", Map.of("answer", true), null, "plain")));
        assertThat(written).contains("::Простий текст::[plain]Що таке ЦНАП?").contains("::Формат Moodle::[moodle]Скільки днів")
                .contains("::HTML-питання::[html]<p>Хто").contains("::Текст::[plain]<b>Тег</b> як текст");
        assertThat(parse(written).questions()).extracting(ParsedQuestion::textFormat).containsExactly("plain", "moodle", "html", "plain");
    }

    @Test
    void readsTextWithoutAnswersAsADescriptionAsMoodleDoes() {
        QuestionImportResult result = parse("::Випадок::Олена, 34 роки, двоє дітей.\nЇї \\{сусіди\\} скаржаться.\n\nЩо спершу? {=Оцінка ~План}");
        assertThat(result.errors()).isEmpty();
        assertThat(result.questions()).extracting(ParsedQuestion::type, ParsedQuestion::title, ParsedQuestion::text).containsExactly(
                tuple("qtype_description", "Випадок", "Олена, 34 роки, двоє дітей.\nЇї {сусіди} скаржаться."),
                tuple("qtype_singlechoice", "Що спершу?", "Що спершу?"));
        assertThat(result.questions().get(0).definition()).isEmpty();
        assertThat(result.questions().get(0).generalFeedback()).isNull();
        assertThat(parse("[plain]Лише **опис**.").questions()).extracting(ParsedQuestion::type, ParsedQuestion::text,
                ParsedQuestion::textFormat).containsExactly(tuple("qtype_description", "Лише **опис**.", "plain"));
    }

    @Test
    void writesADescriptionAsItsTextWithoutABlock() throws IOException {
        ParsedQuestion description = new ParsedQuestion(0, "Випадки", "Випадок", "qtype_description",
                "Олена: двоє дітей {і борги} = ризик ~ високий.", Map.of(), null);
        String written = gift.export(List.of(description));
        assertThat(written).contains("::Випадок::[markdown]Олена\\: двоє дітей \\{і борги\\} \\= ризик \\~ високий.\n")
                .doesNotContain(" {").doesNotContain("{\n");
        assertThat(withoutLines(parse(written).questions())).containsExactly(description);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("description", ".gift");
        try {
            java.nio.file.Files.writeString(file, written, StandardCharsets.UTF_8);
            ExternalTool.Result result = ExternalTool.node("gift", "parse.mjs", file.toString());
            assertThat(result.succeeded()).as(result.output()).isTrue();
            assertThat(result.stdout()).contains("\"type\": \"Description\"").contains("двоє дітей {і борги}");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void writesAQuestionOfATypeGiftDoesNotKnowAsAComment() {
        String written = gift.export(List.of(new ParsedQuestion(0, null, "Перетягування", "qtype_ddwtos", "Текст", Map.of(), null)));
        assertThat(written).startsWith("// ").contains("qtype_ddwtos");
        assertThat(parse(written).questions()).isEmpty();
        assertThat(parse(written).errors()).isEmpty();
    }

    @Test
    void writesMissingWordQuestionsBackIntoTheirBlank() {
        String written = gift.export(List.of(question(parse(BANK).questions(), 58)));
        assertThat(written).contains("називаються {=базовими ~спеціалізованими ~платними} соціальними послугами.");
    }

    /** The lines of {@code text} around the line a parser's message names, for a failure that reads on its own. */
    private static String near(String text, String message) {
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("at line (\\d+)").matcher(message);
        if (!at.find()) {
            return "";
        }
        int line = Integer.parseInt(at.group(1));
        String[] lines = text.split("\n", -1);
        return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, line - 4), Math.min(lines.length, line + 2)));
    }

    private static ParsedQuestion question(String text, String type, Map<String, Object> definition) {
        return new ParsedQuestion(0, "Тест/Складні випадки", "Назва: з двокрапкою \\ і {дужками}", type, text, definition,
                type.equals("qtype_essay") ? "Загальний відгук\nу два рядки" : null);
    }

    private static ParsedQuestion question(List<ParsedQuestion> questions, int line) {
        return questions.stream().filter(q -> q.line() == line).findFirst().orElseThrow(
                () -> new AssertionError("no question at line " + line));
    }

    private static Map<String, Object> numerical(Map<String, Object> answer) {
        return Map.of("answers", List.of(answer));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static String resource(String name) {
        try (InputStream in = GiftFormatTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
