package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.merchantanalysis.cashflow.forecast.model.FourierTerms;
import com.merchantanalysis.cashflow.forecast.model.Regressors;
import com.merchantanalysis.common.calendar.ChineseCalendar;
import com.merchantanalysis.common.calendar.DayType;
import com.merchantanalysis.common.calendar.Festival;
import com.merchantanalysis.common.calendar.ShoppingFestival;

import org.springframework.stereotype.Component;

/**
 * Chinese calendar effects as regressors for daily series: the Spring Festival break and the weeks
 * around it, the other statutory breaks, make-up workdays (调休), the 618 and Double 11 shopping
 * festivals, and, with two years of history, a smooth yearly pattern.
 */
@Component
public class CalendarFeatures {

    static final String[] EVENT_NAMES = {"springFestivalBreak", "preSpringFestival", "postSpringFestival",
            "otherHolidayBreak", "makeUpWorkday", "shoppingPresale", "shoppingPeak"};

    /** Event rows are pure functions of the date and slow to work out (lunar dates); kept once computed. */
    private static final int MAX_REMEMBERED_DAYS = 50_000;

    private final ChineseCalendar calendar;
    private final ForecastSettings settings;
    private final Map<LocalDate, double[]> events = new ConcurrentHashMap<>();
    private final Map<Integer, LocalDate> lunarNewYears = new ConcurrentHashMap<>();

    public CalendarFeatures(ForecastSettings settings) {
        this.calendar = ChineseCalendar.standard();
        this.settings = settings;
    }

    /** Regressors for the {@code n} days from {@code first} and the {@code horizon} days after them. */
    public Regressors regressors(LocalDate first, int n, int horizon) {
        boolean yearly = n >= settings.yearlyFromDays();
        List<String> names = new ArrayList<>(List.of(EVENT_NAMES));
        if (yearly) {
            for (int k = 1; k <= settings.fourierPairs(); k++) {
                names.add("yearlySin" + k);
                names.add("yearlyCos" + k);
            }
        }
        double[][] history = new double[n][];
        for (int t = 0; t < n; t++) {
            history[t] = row(first.plusDays(t), yearly);
        }
        double[][] future = new double[horizon][];
        for (int h = 0; h < horizon; h++) {
            future[h] = row(first.plusDays(n + (long) h), yearly);
        }
        return new Regressors(names.toArray(String[]::new), history, future);
    }

    /** Days with a calendar event, which outlier cleaning must leave alone. */
    public boolean[] eventDays(LocalDate first, int n) {
        boolean[] out = new boolean[n];
        for (int t = 0; t < n; t++) {
            double[] r = row(first.plusDays(t), false);
            for (double v : r) {
                out[t] |= v != 0;
            }
        }
        return out;
    }

    /** The statutory holiday of a date, for naming forecast drivers. */
    public Optional<Festival> holiday(LocalDate date) {
        return calendar.holiday(date);
    }

    private double[] row(LocalDate date, boolean yearly) {
        double[] eventRow = events.get(date);
        if (eventRow == null) {
            eventRow = events(date);
            if (events.size() < MAX_REMEMBERED_DAYS) {
                events.put(date, eventRow);
            }
        }
        if (!yearly) {
            return eventRow.clone();
        }
        double[] fourier = FourierTerms.yearly(date, settings.fourierPairs());
        double[] row = new double[eventRow.length + fourier.length];
        System.arraycopy(eventRow, 0, row, 0, eventRow.length);
        System.arraycopy(fourier, 0, row, eventRow.length, fourier.length);
        return row;
    }

    private double[] events(LocalDate date) {
        Optional<Festival> holiday = calendar.holiday(date);
        boolean springBreak = holiday.filter(f -> f == Festival.SPRING_FESTIVAL).isPresent();
        long fromNewYear = daysFromSpringFestival(date);
        boolean pre = !springBreak && fromNewYear < 0 && fromNewYear >= -settings.preSpringFestivalDays();
        // The break lasts about eight days from new year's eve; the restart period follows it.
        boolean post = !springBreak && fromNewYear > 0 && fromNewYear <= 8 + settings.postSpringFestivalDays();
        boolean otherBreak = holiday.isPresent() && !springBreak;
        boolean makeUp = calendar.dayType(date) == DayType.MAKEUP_WORKDAY;
        Optional<ShoppingFestival> shopping = calendar.shoppingFestival(date);
        boolean presale = shopping.filter(s -> s.phase() == ShoppingFestival.Phase.PRESALE).isPresent();
        boolean peak = shopping.filter(s -> s.phase() == ShoppingFestival.Phase.PEAK).isPresent();
        return new double[] {flag(springBreak), flag(pre), flag(post), flag(otherBreak), flag(makeUp), flag(presale),
                flag(peak)};
    }

    /** As {@link ChineseCalendar#daysFromSpringFestival}, with the lunar new year dates remembered per year. */
    private long daysFromSpringFestival(LocalDate date) {
        long best = Long.MAX_VALUE;
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            LocalDate newYear = lunarNewYears.computeIfAbsent(year, ChineseCalendar::lunarNewYear);
            long days = date.toEpochDay() - newYear.toEpochDay();
            if (Math.abs(days) < Math.abs(best)) {
                best = days;
            }
        }
        return best;
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
