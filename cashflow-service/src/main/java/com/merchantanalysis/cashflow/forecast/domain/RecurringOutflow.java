package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;
import java.time.YearMonth;

import com.merchantanalysis.common.data.TransactionKind;

/**
 * A fixed payment found in the history: its kind, the day of the month it is paid on, how many months
 * apart, its typical amount (CNY), the month it was last paid in and, for a bill found by its payee
 * among payments without a cost kind, the payments' description (null otherwise).
 */
public record RecurringOutflow(TransactionKind kind, int dayOfMonth, int cadenceMonths, double amount,
        YearMonth lastPaid, String description) {

    /** A fixed payment found by its kind. */
    public RecurringOutflow(TransactionKind kind, int dayOfMonth, int cadenceMonths, double amount, YearMonth lastPaid) {
        this(kind, dayOfMonth, cadenceMonths, amount, lastPaid, null);
    }

    /** Whether it is due on {@code date} (the day clamped to the month's length). */
    public boolean dueOn(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        long monthsSince = lastPaid.until(month, java.time.temporal.ChronoUnit.MONTHS);
        if (monthsSince <= 0 || monthsSince % cadenceMonths != 0) {
            return false;
        }
        return date.getDayOfMonth() == Math.min(dayOfMonth, month.lengthOfMonth());
    }
}
