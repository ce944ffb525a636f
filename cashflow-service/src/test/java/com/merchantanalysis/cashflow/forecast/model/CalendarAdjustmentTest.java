package com.merchantanalysis.cashflow.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Calendar effects are learnt from occurrences the history has seen end, not from one that is under way
 * at the origin, where an event cannot be told from a change of level.
 */
class CalendarAdjustmentTest {

    private static final int WEEK = 7;
    private static final int DAYS = 140;
    private static final int HORIZON = 21;
    /** An event (a festival's peak days) on the last eight days of the history and the first three ahead. */
    private static final int EVENT_FROM = DAYS - 8;
    private static final int EVENT_TO = DAYS + 2;

    @Test
    void anEventUnderWayAtTheOriginIsNotEstimatedSoARiseOfWeeksIsNotPutDownToIt() {
        double[] y = risingCosts(new SplittableRandom(5));

        CalendarAdjustment adjustment = CalendarAdjustment.fit(y, WEEK, eventAtTheEnd(), HORIZON);

        assertThat(adjustment.adjusted()).containsExactly(y);
        assertThat(adjustment.futureEffect()).containsOnly(0.0);
    }

    @Test
    void theForecastOfARiseUnderWayKeepsItsLevelOnceTheUnseenEventIsOver() {
        double[] y = risingCosts(new SplittableRandom(5));
        double lastWeek = Arrays.stream(y, DAYS - WEEK, DAYS).average().orElseThrow();

        ModelForecast forecast = new ForecastEngine(new EngineSettings(14, 371))
                .forecast(new SeriesInput(y, WEEK, eventAtTheEnd(), null), HORIZON, new double[] {80})
                .best();

        double afterEvent = Arrays.stream(forecast.mean(), EVENT_TO - DAYS + 1, EVENT_TO - DAYS + 1 + WEEK)
                .average().orElseThrow();
        assertThat(afterEvent).isGreaterThan(0.95 * lastWeek);
    }

    @Test
    void anEventTheHistoryHasSeenEndIsEstimatedAndAddedBackOnItsDaysAhead() {
        SplittableRandom random = new SplittableRandom(9);
        double[] y = new double[DAYS];
        double[][] history = new double[DAYS][1];
        for (int t = 0; t < DAYS; t++) {
            boolean event = t >= 60 && t < 70 || t >= EVENT_FROM;
            history[t][0] = event ? 1 : 0;
            y[t] = 10_000 * (1 + 0.03 * random.nextGaussian()) + (event ? 5_000 : 0);
        }
        double[][] future = new double[HORIZON][1];
        for (int h = 0; h <= EVENT_TO - DAYS; h++) {
            future[h][0] = 1;
        }

        CalendarAdjustment adjustment = CalendarAdjustment.fit(y, WEEK, new Regressors(new String[] {"event"}, history,
                future), HORIZON);

        assertThat(adjustment.futureEffect()[0]).isCloseTo(5_000, within(750.0));
        assertThat(adjustment.futureEffect()[HORIZON - 1]).isZero();
    }

    /** Supplier bills every other day, flat for twelve weeks, then rising by 2% of the level a day. */
    private static double[] risingCosts(SplittableRandom random) {
        double[] y = new double[DAYS];
        for (int t = 0; t < DAYS; t++) {
            double level = 10_000 * (1 + 0.02 * Math.max(0, t - 84));
            y[t] = level * (t % 2 == 0 ? 0.6 : 1.4) * (1 + 0.05 * random.nextGaussian());
        }
        return y;
    }

    private static Regressors eventAtTheEnd() {
        double[][] history = new double[DAYS][1];
        for (int t = EVENT_FROM; t < DAYS; t++) {
            history[t][0] = 1;
        }
        double[][] future = new double[HORIZON][1];
        for (int h = 0; h <= EVENT_TO - DAYS; h++) {
            future[h][0] = 1;
        }
        return new Regressors(new String[] {"peak"}, history, future);
    }
}
