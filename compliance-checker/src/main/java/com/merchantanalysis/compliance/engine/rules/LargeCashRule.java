package com.merchantanalysis.compliance.engine.rules;

import java.time.LocalDate;
import java.util.NavigableMap;

import com.merchantanalysis.compliance.engine.DayTotal;
import com.merchantanalysis.compliance.engine.PeriodAggregates;

import org.springframework.stereotype.Component;

/**
 * PBOC Order No. 3, art. 5(1), code 0501: cash of 50,000 CNY or more in a day. Counts the merchant's
 * CASH_DEPOSIT and CASH_WITHDRAWAL transactions, in and out together, because those are the movements its
 * bank sees as cash; cash-channel sales are left out (they reach the bank as deposits, so counting both would
 * count the same cash twice).
 */
@Component
public class LargeCashRule extends DailyThresholdRule {

    public static final String ID = "pboc-large-cash-0501";

    @Override
    public String id() {
        return ID;
    }

    @Override
    NavigableMap<LocalDate, DayTotal> days(PeriodAggregates data) {
        return data.cashByDay();
    }

    @Override
    String movements() {
        return "movements.cash";
    }
}
