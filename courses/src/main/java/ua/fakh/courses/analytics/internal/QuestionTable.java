package ua.fakh.courses.analytics.internal;

import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.analytics.SmallCells;
import ua.fakh.courses.assessment.PrePostScores.QuestionTally;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Per course, the pre-test questions the counted people most often got wrong: the share of answers below
 * full points, most first (then the most answered); only questions answered by at least
 * {@link SmallCells#THRESHOLD} people; {@link #TOP} per course.
 */
final class QuestionTable {
    static final int TOP = 10;

    private QuestionTable() {
    }

    /** {@code courseTitles}: the courses in the order the report lists them, with their titles in the reader's language. */
    static ReportTable of(Map<UUID, String> courseTitles, List<QuestionTally> tallies, GainLabels labels) {
        Map<UUID, List<QuestionTally>> byCourse = tallies.stream().filter(t -> t.answered() >= SmallCells.THRESHOLD)
                .collect(Collectors.groupingBy(QuestionTally::courseId));
        List<List<Object>> rows = new ArrayList<>();
        courseTitles.forEach((course, title) -> byCourse.getOrDefault(course, List.of()).stream()
                .sorted(Comparator.comparingDouble(QuestionTable::wrongShare).reversed()
                        .thenComparing(Comparator.comparingInt(QuestionTally::answered).reversed())
                        .thenComparing(t -> t.familyId().toString()))
                .limit(TOP)
                .forEach(t -> rows.add(List.of(title, QuestionExcerpt.of(t.text()),
                        Math.round(wrongShare(t) * 1000) / 10.0, t.answered()))));
        return new ReportTable("gain-questions", labels.text("gain.questions.title"),
                List.of(labels.text("gain.column.course"), labels.text("gain.questions.question"),
                        labels.text("gain.questions.wrong"), labels.text("gain.questions.answered")),
                rows, List.of(labels.text("gain.questions.note")));
    }

    private static double wrongShare(QuestionTally t) {
        return (double) t.wrong() / t.answered();
    }
}
