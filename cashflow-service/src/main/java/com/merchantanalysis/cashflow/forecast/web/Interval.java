package com.merchantanalysis.cashflow.forecast.web;

import java.math.BigDecimal;

/** A prediction interval's bounds in CNY. */
record Interval(BigDecimal lower, BigDecimal upper) {

    static Interval of(double lower, double upper) {
        return new Interval(Numbers.money(lower), Numbers.money(upper));
    }
}
