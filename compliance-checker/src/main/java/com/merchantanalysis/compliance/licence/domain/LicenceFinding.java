package com.merchantanalysis.compliance.licence.domain;

import java.time.LocalDate;

import com.merchantanalysis.common.data.LicenceKind;

/**
 * How close one licence is to its last valid day.
 *
 * @param daysRemaining  days from asOf to validUntil; 0 on the last valid day, negative once it has passed
 * @param status         EXPIRED, {@code EXPIRING_<days>} for the smallest warning window it falls in, or VALID
 */
public record LicenceFinding(LicenceKind kind, String number, LocalDate validUntil, long daysRemaining,
        String status) {
}
