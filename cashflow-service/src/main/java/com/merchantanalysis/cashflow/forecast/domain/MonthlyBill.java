package com.merchantanalysis.cashflow.forecast.domain;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import com.merchantanalysis.common.data.TransactionKind;

/**
 * A payment of one month: the month, the day of the month it was paid on and the amount (CNY). Two of
 * them make a monthly bill when they look like the same bill paid twice: in consecutive months, within
 * {@value #DAY_TOLERANCE} days of the same day of the month (a payday moved off a weekend), within
 * {@value #AMOUNT_TOLERANCE} of the same amount, and the later one no more than a month before the
 * forecast's month (a bill not paid for longer has stopped). Two one-off purchases rarely meet all four.
 */
record MonthlyBill(YearMonth month, int day, double amount) {

    static final int DAY_TOLERANCE = 2;
    static final double AMOUNT_TOLERANCE = 0.05;

    /** Whether {@code this} and the later {@code next} are one monthly bill still paid by {@code end}. */
    boolean repeatsAs(MonthlyBill next, YearMonth end) {
        return month.until(next.month, ChronoUnit.MONTHS) == 1
                && next.month.until(end, ChronoUnit.MONTHS) <= 1
                && Math.abs(day - next.day) <= DAY_TOLERANCE
                && Math.abs(amount - next.amount) <= AMOUNT_TOLERANCE * Math.max(amount, next.amount);
    }

    /** The bill as it will recur: on the later payment's day, at its amount. */
    RecurringOutflow recurring(TransactionKind kind, String description) {
        return new RecurringOutflow(kind, day, 1, amount, month, description);
    }
}
