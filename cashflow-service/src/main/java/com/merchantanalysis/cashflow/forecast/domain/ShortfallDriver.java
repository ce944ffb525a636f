package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import com.merchantanalysis.common.calendar.Festival;

/**
 * What pulls the balance down before its critical day (the first day a shortfall is likely, else the
 * lowest day): the largest fixed payments due by then, and holiday breaks where sales are forecast
 * well below a normal day. Language-neutral: the web layer words it for the reader.
 *
 * @param kind                a payment's kind ({@code RENT}, {@code PAYROLL}, {@code SCENARIO}…) or
 *                            {@value #HOLIDAY_TROUGH}
 * @param amount              CNY the driver takes out (payment) or keeps out (lost sales against a normal day)
 * @param holiday             the holiday of a trough, else null
 * @param days                the trough's days (0 for a payment)
 * @param percentBelowNormal  how far the trough's sales are forecast below a normal day, in percent (0 for a
 *                            payment)
 */
public record ShortfallDriver(LocalDate date, String kind, double amount, Festival holiday, int days,
        double percentBelowNormal) {

    public static final String HOLIDAY_TROUGH = "HOLIDAY_TROUGH";
    /** A holiday day counts as a trough when its sales forecast is below this share of a typical day. */
    static final double TROUGH_SHARE = 0.7;
    private static final int MAX_PAYMENTS = 3;

    public static List<ShortfallDriver> of(CashflowProjection projection, Function<LocalDate, Festival> holidayOf) {
        int critical = projection.firstLikelyShortfall();
        if (critical < 0) {
            critical = projection.lowestStep();
        }
        LocalDate last = projection.date(critical);
        List<ShortfallDriver> drivers = new ArrayList<>();
        projection.scheduled().stream().filter(p -> !p.date().isAfter(last))
                .sorted(Comparator.comparingDouble(CashflowProjection.ScheduledPayment::amount).reversed())
                .limit(MAX_PAYMENTS)
                .forEach(p -> drivers.add(new ShortfallDriver(p.date(), p.what(), p.amount(), null, 0, 0)));
        double[] sales = projection.salesForecast();
        double[] sorted = sales.clone();
        Arrays.sort(sorted);
        double typical = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        Festival current = null;
        LocalDate from = null;
        double lost = 0;
        int days = 0;
        for (int h = 0; h <= critical + 1 && h <= sales.length; h++) {
            Festival holiday = h < sales.length && h <= critical ? holidayOf.apply(projection.date(h)) : null;
            boolean trough = holiday != null && sales[h] < TROUGH_SHARE * typical;
            if (trough && holiday == current) {
                lost += typical - sales[h];
                days++;
                continue;
            }
            if (current != null && days > 0) {
                drivers.add(new ShortfallDriver(from, HOLIDAY_TROUGH, lost, current, days,
                        100 * lost / (days * Math.max(typical, 1e-9))));
            }
            current = trough ? holiday : null;
            from = trough ? projection.date(h) : null;
            lost = trough ? typical - sales[h] : 0;
            days = trough ? 1 : 0;
        }
        drivers.sort(Comparator.comparing(ShortfallDriver::date));
        return drivers;
    }
}
