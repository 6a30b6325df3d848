package ua.fakh.courses.plugins.qtype_matching;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.QuestionTypeContract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingQuestionTest extends QuestionTypeContract {
    private static final String INSPECTOR = "Перевіряє дотримання прав дитини";
    private static final String MANAGER = "Координує послуги для сім'ї";
    private static final String PSYCHOLOGIST = "Надає психологічну підтримку";
    private static final String DISTRACTOR = "Призначає пенсії";

    @Override
    protected QuestionType plugin() {
        return new MatchingQuestion();
    }

    @Override
    protected Map<String, Object> validDefinition() {
        return Map.of("pairs", List.of(
                Map.of("id", "p1", "left", "Фахівець служби у справах дітей", "right", INSPECTOR),
                Map.of("id", "p2", "left", "Кейс-менеджер", "right", MANAGER),
                Map.of("id", "p3", "left", "Психолог", "right", PSYCHOLOGIST),
                Map.of("right", DISTRACTOR)));
    }

    @Override
    protected Map<String, Object> correctResponse(Map<String, Object> definition) {
        return Map.of("pairs", Map.of("p1", rightId(definition, INSPECTOR), "p2", rightId(definition, MANAGER),
                "p3", rightId(definition, PSYCHOLOGIST)));
    }

    @Override
    protected Map<String, Object> wrongResponse(Map<String, Object> definition) {
        return Map.of("pairs", Map.of("p1", rightId(definition, MANAGER), "p2", rightId(definition, INSPECTOR),
                "p3", rightId(definition, DISTRACTOR)));
    }

    @Override
    protected List<Map<String, Object>> emptyResponses() {
        return List.of(Map.of("pairs", Map.of()), Map.of("pairs", Map.of("p1", "")));
    }

    @Override
    protected List<Map<String, Object>> malformedResponses(Map<String, Object> definition) {
        return List.of(Map.of("pairs", List.of("p1")), Map.of("pairs", Map.of("p9", rightId(definition, MANAGER))),
                Map.of("pairs", Map.of("p1", "r000000000000")), Map.of("pairs", Map.of("p1", 3)),
                Map.of("pairs", Map.of("p1", MANAGER)));
    }

    @Override
    protected List<Map<String, Object>> malformedDefinitions() {
        Map<String, Object> pair = Map.of("left", "Психолог", "right", PSYCHOLOGIST);
        return List.of(Map.of(), Map.of("pairs", List.of(pair)),
                Map.of("pairs", List.of(pair, Map.of("right", DISTRACTOR))),
                Map.of("pairs", List.of(pair, Map.of("left", "Юрист"))),
                Map.of("pairs", List.of(pair, Map.of("left", "Юрист", "right", 5))),
                Map.of("pairs", List.of(with(pair, "id", "same"), Map.of("id", "same", "left", "Юрист", "right", "Консультує"))));
    }

    @Override
    protected Map<String, Object> randomResponse(Map<String, Object> definition, Random random) {
        List<Object> rights = QuestionMaps.objects(plugin().learnerView(definition, 1, true), "right").stream()
                .map(r -> r.get("id")).toList();
        Map<String, Object> pairs = new HashMap<>();
        for (String left : List.of("p1", "p2", "p3")) {
            if (random.nextInt(4) > 0) {
                pairs.put(left, rights.get(random.nextInt(rights.size())));
            }
        }
        return Map.of("pairs", pairs);
    }

    @Test
    void givesTheShareOfRightPairs() {
        Map<String, Object> definition = definition();
        Map<String, Object> twoOfThree = Map.of("pairs", Map.of("p1", rightId(definition, INSPECTOR),
                "p2", rightId(definition, MANAGER), "p3", rightId(definition, DISTRACTOR)));
        assertThat(plugin().grade(definition, twoOfThree, 3).score()).isEqualTo(2);
        assertThat(plugin().grade(definition, Map.of("pairs", Map.of("p3", rightId(definition, PSYCHOLOGIST))), 3).score())
                .isEqualTo(1);
    }

    @Test
    void offersTheDistractorAndEachSharedRightOnce() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("pairs", List.of(
                Map.of("left", "Пенсія за віком", "right", "Пенсійний фонд"),
                Map.of("left", "Пенсія по інвалідності", "right", "Пенсійний фонд"),
                Map.of("left", "Допомога при народженні дитини", "right", "Соціальна допомога"),
                Map.of("right", "Служба зайнятості"))));
        List<Object> rights = QuestionMaps.objects(plugin().learnerView(definition, 5, true), "right").stream()
                .map(r -> r.get("text")).toList();
        assertThat(rights).containsExactlyInAnyOrder("Пенсійний фонд", "Соціальна допомога", "Служба зайнятості");
        assertThat(QuestionMaps.objects(plugin().learnerView(definition, 5, true), "left")).hasSize(3);
    }

    @Test
    void rightIdsSayNothingAboutTheirLefts() {
        Map<String, Object> definition = definition();
        List<String> leftIds = List.of("p1", "p2", "p3");
        for (Map<String, Object> right : QuestionMaps.objects(plugin().learnerView(definition, 3, false), "right")) {
            assertThat(leftIds).noneMatch(id -> ((String) right.get("id")).contains(id));
        }
        assertThat(rightId(definition, MANAGER)).isEqualTo(rightId(plugin().validateDefinition(Map.of("pairs", List.of(
                Map.of("left", "Інший", "right", MANAGER), Map.of("left", "Ще інший", "right", INSPECTOR)))), MANAGER));
    }

    @Test
    void shufflesTheRightsEvenWhenTheLeftsKeepTheirOrder() {
        Map<String, Object> definition = definition();
        java.util.Set<Object> orders = new java.util.HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            Map<String, Object> view = plugin().learnerView(definition, seed, false);
            assertThat(QuestionMaps.objects(view, "left").stream().map(l -> l.get("id")).toList())
                    .containsExactly("p1", "p2", "p3");
            orders.add(QuestionMaps.objects(view, "right").stream().map(r -> r.get("text")).toList());
        }
        assertThat(orders).hasSizeGreaterThan(1);
    }

    @Test
    void acceptsAPartlyAnsweredQuestion() {
        Map<String, Object> definition = definition();
        Map<String, Object> partly = new HashMap<>();
        partly.put("p1", rightId(definition, INSPECTOR));
        partly.put("p2", null);
        assertThat(plugin().validateResponse(definition, Map.of("pairs", partly)))
                .isEqualTo(Map.of("pairs", Map.of("p1", rightId(definition, INSPECTOR))));
    }

    @Test
    void reviewShowsEachPairWithWhatTheLearnerChose() {
        Map<String, Object> definition = definition();
        Map<String, Object> response = wrongResponse(definition);
        QuestionGrade grade = plugin().grade(definition, response, 1);
        Map<String, Object> review = plugin().reviewView(definition, response, grade, UKRAINIAN);
        assertThat(QuestionMaps.objects(review, "pairs")).first().satisfies(p -> assertThat(p)
                .containsEntry("right", INSPECTOR).containsEntry("given", MANAGER).containsEntry("correct", false));
        assertThat((String) review.get("rightAnswer")).startsWith("Правильні пари: Фахівець служби у справах дітей → ");
    }

    private String rightId(Map<String, Object> definition, String text) {
        return QuestionMaps.objects(plugin().learnerView(definition, 0, true), "right").stream()
                .filter(r -> r.get("text").equals(text)).map(r -> (String) r.get("id")).findFirst().orElseThrow();
    }
}
