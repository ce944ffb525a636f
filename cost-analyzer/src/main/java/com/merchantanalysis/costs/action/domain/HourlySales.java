package com.merchantanalysis.costs.action.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.merchantanalysis.costs.ledger.Money;

/**
 * Sales by hour of the merchant's day over a period, to set staffing against. Hours without any sale are
 * taken as closed.
 *
 * @param byHour  gross sales per local hour 0..23
 */
record HourlySales(BigDecimal[] byHour) {

    BigDecimal total() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : byHour) {
            total = total.add(amount);
        }
        return total;
    }

    /** The open hours (with sales) whose share is below {@code maxShare}, quietest first. */
    List<Integer> quietHours(BigDecimal maxShare) {
        BigDecimal total = total();
        List<Integer> quiet = new ArrayList<>();
        if (total.signum() <= 0) {
            return quiet;
        }
        for (int hour = 0; hour < 24; hour++) {
            if (byHour[hour].signum() > 0 && Money.divide(byHour[hour], total).compareTo(maxShare) < 0) {
                quiet.add(hour);
            }
        }
        quiet.sort(Comparator.comparing(hour -> byHour[hour]));
        return quiet;
    }

    BigDecimal share(List<Integer> hours) {
        BigDecimal total = total();
        BigDecimal part = BigDecimal.ZERO;
        for (int hour : hours) {
            part = part.add(byHour[hour]);
        }
        return Money.percent(part, total);
    }
}
