package com.merchantanalysis.cashflow.forecast.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import com.merchantanalysis.cashflow.forecast.model.EngineResult;
import com.merchantanalysis.cashflow.forecast.model.EngineSettings;
import com.merchantanalysis.cashflow.forecast.model.ForecastEngine;
import com.merchantanalysis.cashflow.forecast.model.SeriesInput;
import com.merchantanalysis.common.calendar.ChineseCalendar;
import com.merchantanalysis.common.calendar.DayType;
import com.merchantanalysis.common.calendar.Festival;
import com.merchantanalysis.common.data.TransactionKind;

import org.junit.jupiter.api.Test;

/** The Chinese calendar regressors move forecasts the way the history says holidays move sales. */
class CalendarFeaturesTest {

    static final ForecastSettings SETTINGS = new ForecastSettings(14, 371, 1100, 730, 3, 500, 3, 28, 56, 0,
            List.of(TransactionKind.RENT, TransactionKind.PAYROLL), 90, 10, 7,
            EngineSettings.DEFAULT_INTERVAL_WIDENING);

    private final CalendarFeatures features = new CalendarFeatures(SETTINGS);
    private final ChineseCalendar calendar = ChineseCalendar.standard();

    @Test
    void theSpringFestivalBreakIsForecastLowAndAMakeUpWorkdayLikeAWorkday() {
        // An office canteen: busy on workdays (make-up Saturdays included), quiet at weekends, shut-ish at New Year.
        LocalDate start = LocalDate.of(2023, 3, 1);
        LocalDate origin = LocalDate.of(2026, 1, 31);
        int n = (int) (origin.toEpochDay() - start.toEpochDay()) + 1;
        SplittableRandom random = new SplittableRandom(5);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = expected(start.plusDays(t)) * Math.exp(0.08 * random.nextGaussian());
        }
        int horizon = 40;
        EngineResult result = new ForecastEngine(EngineSettings.defaults()).forecast(new SeriesInput(y, 7,
                features.regressors(start, n, horizon), features.eventDays(start, n)), horizon, new double[] {80, 95});

        double breakMean = 0;
        int breakDays = 0;
        double workdayMean = 0;
        int workdays = 0;
        for (int h = 0; h < horizon; h++) {
            LocalDate date = origin.plusDays(h + 1L);
            double f = result.best().mean()[h];
            if (calendar.holiday(date).filter(f2 -> f2 == Festival.SPRING_FESTIVAL).isPresent()) {
                breakMean += f;
                breakDays++;
            } else if (calendar.dayType(date) == DayType.WORKDAY) {
                workdayMean += f;
                workdays++;
            }
        }
        breakMean /= breakDays;
        workdayMean /= workdays;
        assertThat(breakDays).isGreaterThan(5);
        assertThat(breakMean).isLessThan(0.6 * workdayMean);
        // 2026-02-14 (Saturday) and 2026-02-28 (Saturday) are worked: forecast like workdays, not weekends.
        double makeUp = result.best().mean()[(int) (LocalDate.of(2026, 2, 28).toEpochDay() - origin.toEpochDay()) - 1];
        assertThat(makeUp).isGreaterThan(0.8 * workdayMean);
    }

    private double expected(LocalDate date) {
        if (calendar.holiday(date).filter(f -> f == Festival.SPRING_FESTIVAL).isPresent()) {
            return 800;
        }
        DayType type = calendar.dayType(date);
        return type == DayType.WORKDAY || type == DayType.MAKEUP_WORKDAY ? 5_000 : type == DayType.HOLIDAY ? 2_000 : 2_500;
    }
}
