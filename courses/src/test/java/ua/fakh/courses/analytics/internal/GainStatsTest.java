package ua.fakh.courses.analytics.internal;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.assessment.PrePostScores.Scores;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GainStatsTest {

    private static Scores scores(double pre, double post) {
        return new Scores(pre, post, pre >= 100 ? null : Math.round((post - pre) / (100 - pre) * 100) / 100.0);
    }

    @Test
    void givesMeansMediansGainAndBothNormalisedGains() {
        GainStats stats = GainStats.of(List.of(scores(50, 100), scores(0, 50), scores(100, 100), scores(20, 60)));

        assertThat(stats).isEqualTo(new GainStats(4, 42.5, 77.5, 35.0, 80.0, 35.0, 0.61, 0.67));
    }

    @Test
    void theMedianOfAnOddGroupIsItsMiddleScore() {
        GainStats stats = GainStats.of(List.of(scores(10, 90), scores(30, 20), scores(70, 80)));

        assertThat(stats.medianPre()).isEqualTo(30.0);
        assertThat(stats.medianPost()).isEqualTo(80.0);
        assertThat(stats.meanGain()).isEqualTo(26.7);
    }

    @Test
    void aGroupThatStartedPerfectHasNoNormalisedGain() {
        GainStats stats = GainStats.of(List.of(scores(100, 90), scores(100, 100)));

        assertThat(stats.gainOfMeans()).isNull();
        assertThat(stats.meanOfGains()).isNull();
        assertThat(stats.meanGain()).isEqualTo(-5.0);
    }

    @Test
    void refusesPeopleWithoutBothScores() {
        assertThatThrownBy(() -> GainStats.of(List.of(new Scores(40.0, null, null)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GainStats.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
