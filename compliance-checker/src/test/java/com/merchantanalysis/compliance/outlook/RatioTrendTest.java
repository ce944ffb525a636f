package com.merchantanalysis.compliance.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.merchantanalysis.compliance.outlook.domain.RatioTrend;

import org.junit.jupiter.api.Test;

class RatioTrendTest {

    @Test
    void aPerfectLineIsExtrapolatedAndOnlyBinomialNoiseRemains() {
        var prediction = RatioTrend.predict(new double[] { 0.010, 0.012, 0.014, 0.016 }, 1000);

        assertThat(prediction.expected()).isCloseTo(0.018, within(1e-9));
        assertThat(prediction.slope()).isCloseTo(0.002, within(1e-9));
        assertThat(prediction.sd()).isCloseTo(Math.sqrt(0.018 * 0.982 / 1000), within(1e-9));
        assertThat(prediction.probabilityAtOrAbove(0.018)).isCloseTo(0.5, within(1e-9));
        assertThat(prediction.probabilityAtOrAbove(0.015)).isGreaterThan(0.7);
        assertThat(prediction.probabilityAtOrBelow(0.015)).isLessThan(0.3);
    }

    @Test
    void withFewerThanThreeMonthsTheMeanIsUsed() {
        var prediction = RatioTrend.predict(new double[] { 0.01, 0.03 }, 0);

        assertThat(prediction.expected()).isCloseTo(0.02, within(1e-12));
        assertThat(prediction.slope()).isZero();
        assertThat(RatioTrend.predict(new double[0], 100)).isNull();
    }

    @Test
    void aCertainValueGivesCertainProbabilities() {
        var prediction = RatioTrend.predict(new double[] { 0.5 }, 0);

        assertThat(prediction.probabilityAtOrAbove(0.5)).isEqualTo(1.0);
        assertThat(prediction.probabilityAtOrAbove(0.6)).isEqualTo(0.0);
    }
}
