package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.PrePostScores.Scores;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * What a group's pre- and post-tests say: how many people, the means and medians (percent, one decimal),
 * the mean gain in points, and two normalised gains (two decimals): Hake's g of the group's means,
 * (post − pre) / (100 − pre), and the mean of each person's own g over those whose pre-test was below 100.
 *
 * @param gainOfMeans null when the mean pre-test is 100
 * @param meanOfGains null when everyone started at 100
 */
record GainStats(int n, double meanPre, double meanPost, double medianPre, double medianPost, double meanGain,
                 @Nullable Double gainOfMeans, @Nullable Double meanOfGains) {

    /** {@code group}: scores with both a pre-test and a post-test, at least one. */
    static GainStats of(List<Scores> group) {
        if (group.isEmpty() || !group.stream().allMatch(Scores::both)) {
            throw new IllegalArgumentException("a group of people with both scores");
        }
        double pre = mean(group, Scores::pre);
        double post = mean(group, Scores::post);
        OptionalDouble individual = group.stream().map(Scores::normalisedGain).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average();
        return new GainStats(group.size(), points(pre), points(post), points(median(group, Scores::pre)),
                points(median(group, Scores::post)), points(mean(group, s -> s.post() - s.pre())),
                pre >= 100 ? null : ratio((post - pre) / (100 - pre)),
                individual.isPresent() ? ratio(individual.getAsDouble()) : null);
    }

    private static double mean(List<Scores> group, ToDoubleFunction<Scores> value) {
        return group.stream().mapToDouble(value).average().orElseThrow();
    }

    private static double median(List<Scores> group, ToDoubleFunction<Scores> value) {
        double[] sorted = group.stream().mapToDouble(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : Arrays.stream(sorted, middle - 1, middle + 1).average().orElseThrow();
    }

    private static double points(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double ratio(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
