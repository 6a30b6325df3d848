package ua.fakh.web.plugins;

import java.util.Map;

/**
 * A question type "published by someone else": a learner writes a sentence and scores when it holds
 * the trainer's key word. Only Fakh's public SPI, its own strings and its own script; compiled into
 * a jar of its own by {@link ExternalQuestionTypeApp}.
 */
final class KeywordQuestionSources {
    static final String CLASS = "org.example.fakh.keyword.KeywordQuestion";

    static final String SOURCE = """
            package org.example.fakh.keyword;

            import jakarta.inject.Singleton;
            import ua.fakh.core.plugins.PluginDescriptor;
            import ua.fakh.courses.spi.FormFields;
            import ua.fakh.courses.spi.Html;
            import ua.fakh.courses.spi.HtmlTag;
            import ua.fakh.courses.spi.InputParts;
            import ua.fakh.courses.spi.QuestionFields;
            import ua.fakh.courses.spi.QuestionGrade;
            import ua.fakh.courses.spi.QuestionInput;
            import ua.fakh.courses.spi.QuestionMaps;
            import ua.fakh.courses.spi.QuestionMessages;
            import ua.fakh.courses.spi.QuestionReview;
            import ua.fakh.courses.spi.QuestionType;
            import ua.fakh.courses.spi.ReviewInput;
            import ua.fakh.courses.spi.ReviewParts;

            import java.util.List;
            import java.util.Locale;
            import java.util.Map;
            import java.util.Optional;

            /** Definition {keyword}; response {text}; right when the text holds the key word, in any case. */
            @Singleton
            public class KeywordQuestion implements QuestionType {

                @Override
                public PluginDescriptor descriptor() {
                    return PluginDescriptor.of("qtype_keyword", "0.1.0");
                }

                @Override
                public Map<String, Object> validateDefinition(Map<String, Object> definition) {
                    QuestionFields fields = QuestionFields.definition(definition);
                    String keyword = fields.text("keyword", true, 100);
                    fields.throwIfInvalid();
                    return QuestionMaps.of("keyword", keyword);
                }

                @Override
                public Map<String, Object> learnerView(Map<String, Object> definition, long seed, boolean shuffle) {
                    return QuestionMaps.of();
                }

                @Override
                public Map<String, Object> validateResponse(Map<String, Object> definition, Map<String, Object> response) {
                    QuestionFields fields = QuestionFields.response(response);
                    String text = fields.typedText("text", 2000);
                    fields.throwIfInvalid();
                    return QuestionMaps.of("text", text);
                }

                @Override
                public QuestionGrade grade(Map<String, Object> definition, Map<String, Object> response, double maxPoints) {
                    String text = QuestionMaps.text(validateResponse(definition, response), "text");
                    if (text == null || text.isBlank()) {
                        return QuestionGrade.unanswered(maxPoints);
                    }
                    String keyword = QuestionMaps.text(definition, "keyword").toLowerCase(Locale.ROOT);
                    return QuestionGrade.automatic(text.toLowerCase(Locale.ROOT).contains(keyword) ? 1 : 0, maxPoints, List.of());
                }

                @Override
                public Map<String, Object> reviewView(Map<String, Object> definition, Map<String, Object> response,
                                                      QuestionGrade grade, Locale locale) {
                    return QuestionReview.start(QuestionMessages.get(this, locale, "review.keyword",
                            QuestionMaps.text(definition, "keyword")), grade);
                }

                @Override
                public Html renderInput(QuestionInput question) {
                    String text = question.typed() != null ? question.typed() : InputParts.plain(question.response().get("text"));
                    return Html.join(InputParts.labelled(QuestionMessages.get(this, question.locale(), "input.sentence"),
                                    HtmlTag.of("input").attr("type", "text").attr("name", question.field()).attr("value", text)
                                            .attr("maxlength", 2000).attr("autocomplete", "off")),
                            HtmlTag.of("p").cls("hint").text(QuestionMessages.get(this, question.locale(), "input.letters") + " ")
                                    .add(HtmlTag.of("output").cls("keyword-letters").text(String.valueOf(text.length()))).html());
                }

                @Override
                public Map<String, Object> readResponse(QuestionInput question, FormFields form) {
                    String text = form.first(question.field());
                    return text == null ? null : Map.of("text", text);
                }

                @Override
                public Html renderReview(ReviewInput review) {
                    return Html.join(ReviewParts.given(QuestionMessages.get(this, review.locale(), "review.yourAnswer"),
                                    QuestionMaps.text(review.response(), "text"),
                                    QuestionMessages.get(this, review.locale(), "review.noAnswer")),
                            ReviewParts.closing(review.review()));
                }

                @Override
                public Optional<String> script() {
                    return Optional.of("plugins/qtype_keyword/keyword.js");
                }
            }
            """;

    static final String SCRIPT = """
            // qtype_keyword: counts the letters of the sentence as the learner types it.
            document.querySelectorAll('.quiz-question[data-type="qtype_keyword"]').forEach(function (question) {
              var input = question.querySelector('input[type=text]');
              var letters = question.querySelector('output.keyword-letters');
              input.addEventListener('input', function () { letters.textContent = String(input.value.length); });
            });
            """;

    static final Map<String, String> RESOURCES = Map.of(
            "i18n/qtype_keyword.properties", """
                    plugin.name=Key word
                    input.sentence=Your sentence
                    input.letters=Letters:
                    review.keyword=The key word is: {0}
                    review.yourAnswer=Your answer
                    review.noAnswer=no answer
                    """,
            "i18n/qtype_keyword_uk.properties", """
                    plugin.name=Ключове слово
                    input.sentence=Ваше речення
                    input.letters=Літер:
                    review.keyword=Ключове слово: {0}
                    review.yourAnswer=Ваша відповідь
                    review.noAnswer=немає відповіді
                    """,
            "public/plugins/qtype_keyword/keyword.js", SCRIPT);

    private KeywordQuestionSources() {
    }
}
