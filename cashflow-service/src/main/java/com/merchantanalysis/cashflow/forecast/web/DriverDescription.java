package com.merchantanalysis.cashflow.forecast.web;

import com.merchantanalysis.cashflow.forecast.domain.ShortfallDriver;
import com.merchantanalysis.cashflow.text.Texts;

/** A shortfall driver in the reader's words: "Rent due on 1 March 2025", "Spring Festival break: 7 days…". */
final class DriverDescription {

    private DriverDescription() {
    }

    static String of(ShortfallDriver driver, Texts texts) {
        if (driver.holiday() != null) {
            return texts.get("driver.holiday", texts.get("holiday." + driver.holiday().name()), driver.days(),
                    driver.percentBelowNormal());
        }
        return texts.get("driver.payment", texts.label("payment.", driver.kind(), "payment.other"),
                texts.day(driver.date()));
    }
}
