package com.merchantanalysis.costs.period;

import java.util.Locale;

import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.common.web.InvalidFieldException;

/** Which period a report is compared with. */
public enum CompareTo {
    /** The same number of days just before the period. */
    PREVIOUS,
    /** The same calendar days one year earlier. */
    YOY;

    /** Reads {@code previous} or {@code yoy} (any case); anything else is a 400 naming {@code compareTo}. */
    public static CompareTo parse(String value) {
        if (value == null || value.isBlank()) {
            return PREVIOUS;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("compareTo", "must be 'previous' or 'yoy'");
        }
    }

    /** The comparison period for {@code period}. */
    public ReportingPeriod of(ReportingPeriod period) {
        return switch (this) {
            case PREVIOUS -> new ReportingPeriod(period.from().minusDays(period.days()), period.from().minusDays(1));
            case YOY -> new ReportingPeriod(period.from().minusYears(1), period.to().minusYears(1));
        };
    }
}
