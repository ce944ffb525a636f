package com.merchantanalysis.cashflow.forecast.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.merchantanalysis.cashflow.forecast.domain.CashflowProjection;
import com.merchantanalysis.cashflow.forecast.domain.MerchantForecast;
import com.merchantanalysis.cashflow.forecast.domain.ShortfallDriver;
import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.common.calendar.Festival;

/**
 * Per day the probability that the balance ends the day below {@code floor}; the first day that is
 * more likely than not (null if none), and what drives the balance down.
 *
 * @param accuracy  the sales model's backtest, with the coverage its intervals achieved (the
 *                  probabilities come from the same calibrated error distribution); null without history
 */
record RunwayResponse(String merchantId, long dataVersion, LocalDate asOf, int horizonDays, BigDecimal floor,
        BigDecimal currentBalance, LocalDate firstDateLikely, double maxProbability, String model,
        AccuracyView accuracy, List<Driver> drivers, List<Day> days) {

    record Day(LocalDate date, double probabilityBelowFloor, BigDecimal balance, Interval balance95) {
    }

    record Driver(LocalDate date, String kind, BigDecimal amount, String description) {
    }

    static RunwayResponse of(MerchantForecast forecast, CashflowProjection p, Function<LocalDate, Festival> holidays,
            Wording wording) {
        List<Day> days = new ArrayList<>();
        CashflowProjection.Band band = p.balanceBands().get(95.0);
        for (int h = 0; h < p.horizon(); h++) {
            days.add(new Day(p.date(h), Numbers.ratio(p.belowFloorProbability()[h]), Numbers.money(p.balance()[h]),
                    Interval.of(band.lower()[h], band.upper()[h])));
        }
        List<Driver> drivers = new ArrayList<>();
        for (ShortfallDriver d : ShortfallDriver.of(p, holidays)) {
            drivers.add(new Driver(d.date(), d.kind(), Numbers.money(d.amount()), DriverDescription.of(d, wording)));
        }
        int first = p.firstLikelyShortfall();
        return new RunwayResponse(forecast.target().merchant().id(), forecast.dataVersion(), forecast.target().asOf(),
                p.horizon(), Numbers.money(p.floor()), forecast.currentBalance(),
                first < 0 ? null : p.date(first), Numbers.ratio(p.maxShortfallProbability()), forecast.modelLabel(),
                AccuracyView.of(forecast.accuracy(), forecast.chosen()), drivers, days);
    }
}
