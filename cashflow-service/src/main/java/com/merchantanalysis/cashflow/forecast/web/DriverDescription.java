package com.merchantanalysis.cashflow.forecast.web;

import com.merchantanalysis.cashflow.forecast.domain.ShortfallDriver;
import com.merchantanalysis.common.text.Wording;

/** A shortfall driver in the reader's words: "Rent due on 1 March 2025", "Spring Festival break: 7 days…". */
final class DriverDescription {

    private DriverDescription() {
    }

    static String of(ShortfallDriver driver, Wording wording) {
        if (driver.holiday() != null) {
            return wording.text("driver.holiday", wording.text("holiday." + driver.holiday().name()), driver.days(),
                    driver.percentBelowNormal());
        }
        return wording.text("driver.payment", wording.label("payment.", driver.kind(), "payment.other"),
                wording.day(driver.date()));
    }
}
