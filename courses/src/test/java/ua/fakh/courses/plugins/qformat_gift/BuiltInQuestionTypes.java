package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.plugins.qtype_description.DescriptionQuestion;
import ua.fakh.courses.plugins.qtype_essay.EssayQuestion;
import ua.fakh.courses.plugins.qtype_matching.MatchingQuestion;
import ua.fakh.courses.plugins.qtype_multichoice.MultiChoiceQuestion;
import ua.fakh.courses.plugins.qtype_numerical.NumericalQuestion;
import ua.fakh.courses.plugins.qtype_shortanswer.ShortAnswerQuestion;
import ua.fakh.courses.plugins.qtype_singlechoice.SingleChoiceQuestion;
import ua.fakh.courses.plugins.qtype_truefalse.TrueFalseQuestion;
import ua.fakh.courses.spi.QuestionType;

import java.util.List;

/** The question types Fakh ships, as Micronaut would inject them. */
final class BuiltInQuestionTypes {

    private BuiltInQuestionTypes() {
    }

    static List<QuestionType> all() {
        return List.of(new SingleChoiceQuestion(), new MultiChoiceQuestion(), new TrueFalseQuestion(),
                new ShortAnswerQuestion(), new NumericalQuestion(), new MatchingQuestion(), new EssayQuestion(),
                new DescriptionQuestion());
    }
}
