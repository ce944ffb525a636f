package com.merchantanalysis.compliance.licence.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.MerchantDocument;

import org.springframework.stereotype.Component;

/** Flags licences by the days left until their recorded last valid day, using the configured windows. */
@Component
public class LicenceExpiry {

    private static final String EXPIRED = "EXPIRED";
    private static final String VALID = "VALID";
    private static final String EXPIRING = "EXPIRING_";

    private static final Comparator<LicenceFinding> MOST_URGENT_FIRST = Comparator
            .comparingLong(LicenceFinding::daysRemaining)
            .thenComparing(finding -> finding.kind().name())
            .thenComparing(LicenceFinding::number);

    /** Ascending, so that the first window a licence falls in is the smallest. */
    private final List<Integer> windows;

    public LicenceExpiry(LicenceSettings settings) {
        this.windows = settings.licenceWarningDays().stream().distinct().sorted().toList();
    }

    public LicenceReview review(MerchantDocument merchant, LocalDate asOf) {
        List<LicenceFinding> findings = merchant.licences().stream()
                .map(licence -> assess(licence, asOf))
                .sorted(MOST_URGENT_FIRST)
                .toList();
        return new LicenceReview(merchant.id(), asOf, findings);
    }

    LicenceFinding assess(Licence licence, LocalDate asOf) {
        long daysRemaining = ChronoUnit.DAYS.between(asOf, licence.validUntil());
        return new LicenceFinding(licence.kind(), licence.number(), licence.validUntil(), daysRemaining,
                statusOf(daysRemaining));
    }

    String statusOf(long daysRemaining) {
        if (daysRemaining < 0) {
            return EXPIRED;
        }
        for (int window : windows) {
            if (daysRemaining <= window) {
                return EXPIRING + window;
            }
        }
        return VALID;
    }
}
