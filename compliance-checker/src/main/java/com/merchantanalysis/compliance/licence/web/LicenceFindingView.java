package com.merchantanalysis.compliance.licence.web;

import java.time.LocalDate;

import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.compliance.licence.domain.LicenceFinding;

/**
 * One licence against its recorded last valid day. {@code status}: EXPIRED, {@code EXPIRING_<days>} for
 * the smallest configured warning window it falls in (30, 60 and 90 by default), or VALID.
 */
record LicenceFindingView(LicenceKind kind, String number, LocalDate validUntil, long daysRemaining, String status) {

    static LicenceFindingView of(LicenceFinding finding) {
        return new LicenceFindingView(finding.kind(), finding.number(), finding.validUntil(), finding.daysRemaining(),
                finding.status());
    }
}
