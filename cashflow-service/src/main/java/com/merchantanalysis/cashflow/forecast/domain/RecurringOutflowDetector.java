package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.merchantanalysis.common.data.TransactionKind;

/**
 * Finds fixed payments (rent, payroll, ...) in the daily history: a kind paid in at least three of the
 * last twelve months, on about the same day, at regular month gaps (monthly or quarterly). Payroll and
 * rent are bills by their kind, so two months are enough for them when the two payments repeat as one
 * {@link MonthlyBill}: a merchant with two months of imported payroll has a payroll day.
 */
final class RecurringOutflowDetector {

    private static final int LOOKBACK_MONTHS = 12;
    /** Kinds that name a monthly bill; utilities and tax vary too much to trust two payments. */
    private static final Set<TransactionKind> BILL_KINDS = EnumSet.of(TransactionKind.PAYROLL, TransactionKind.RENT);

    private RecurringOutflowDetector() {
    }

    static List<RecurringOutflow> detect(MerchantHistory history, List<TransactionKind> kinds) {
        List<RecurringOutflow> found = new ArrayList<>();
        YearMonth end = YearMonth.from(history.asOf());
        for (TransactionKind kind : kinds) {
            double[] values = history.kind(kind);
            // Per month: the total paid and the day carrying most of it.
            Map<YearMonth, double[]> months = new TreeMap<>();
            for (int t = 0; t < values.length; t++) {
                double paid = -values[t];
                if (paid <= 0) {
                    continue;
                }
                LocalDate date = history.date(t);
                YearMonth month = YearMonth.from(date);
                if (month.until(end, ChronoUnit.MONTHS) >= LOOKBACK_MONTHS) {
                    continue;
                }
                double[] m = months.computeIfAbsent(month, k -> new double[3]);
                m[0] += paid;
                if (paid > m[1]) {
                    m[1] = paid;
                    m[2] = date.getDayOfMonth();
                }
            }
            if (months.size() == 2 && BILL_KINDS.contains(kind)) {
                List<MonthlyBill> two = months.entrySet().stream()
                        .map(e -> new MonthlyBill(e.getKey(), (int) e.getValue()[2], e.getValue()[0])).toList();
                if (two.get(0).repeatsAs(two.get(1), end)) {
                    found.add(two.get(1).recurring(kind, null));
                }
                continue;
            }
            if (months.size() < 3) {
                continue;
            }
            List<YearMonth> paidMonths = new ArrayList<>(months.keySet());
            int[] gaps = new int[paidMonths.size() - 1];
            for (int i = 1; i < paidMonths.size(); i++) {
                gaps[i - 1] = (int) paidMonths.get(i - 1).until(paidMonths.get(i), ChronoUnit.MONTHS);
            }
            int cadence = (int) median(Arrays.stream(gaps).asDoubleStream().toArray());
            if (cadence != 1 && cadence != 3) {
                continue;
            }
            double[] days = months.values().stream().mapToDouble(m -> m[2]).toArray();
            double[] amounts = months.values().stream().mapToDouble(m -> m[0]).toArray();
            double[] recent = Arrays.copyOfRange(amounts, Math.max(0, amounts.length - 3), amounts.length);
            found.add(new RecurringOutflow(kind, (int) Math.round(median(days)), cadence, median(recent),
                    paidMonths.get(paidMonths.size() - 1)));
        }
        return found;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int k = v.length;
        return k % 2 == 1 ? v[k / 2] : 0.5 * (v[k / 2 - 1] + v[k / 2]);
    }
}
