package com.merchantanalysis.common.calendar;

/** What kind of day a date is for a business in mainland China. */
public enum DayType {
    /** A Monday to Friday that is not a statutory holiday. */
    WORKDAY,
    /** A Saturday or Sunday that is not a make-up workday. */
    WEEKEND,
    /** A day off of a statutory holiday break (放假), including the weekend days inside the break. */
    HOLIDAY,
    /** A weekend day worked to make up for a holiday break (调休上班). */
    MAKEUP_WORKDAY;

    /** Whether offices and most employees work that day. */
    public boolean isWorkday() {
        return this == WORKDAY || this == MAKEUP_WORKDAY;
    }
}
