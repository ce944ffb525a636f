package com.merchantanalysis.compliance.check.domain;

import java.time.LocalDate;

import com.merchantanalysis.common.web.InvalidFieldException;

/** The merchant-local days a check covers, both ends included. */
public record CheckPeriod(LocalDate from, LocalDate to) {

    /** A valid period or a 400 naming the field that is wrong. */
    public static CheckPeriod of(LocalDate from, LocalDate to, int maxYears) {
        if (from == null) {
            throw new InvalidFieldException("from", "is required");
        }
        if (to == null) {
            throw new InvalidFieldException("to", "is required");
        }
        if (from.isAfter(to)) {
            throw new InvalidFieldException("from", "must not be after to (" + to + ")");
        }
        if (to.isAfter(from.plusYears(maxYears).minusDays(1))) {
            throw new InvalidFieldException("to", "the period may cover at most " + maxYears + " years");
        }
        return new CheckPeriod(from, to);
    }
}
