package com.merchantanalysis.compliance.licence.domain;

import java.time.Clock;
import java.time.LocalDate;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;

import org.springframework.stereotype.Service;

/** Reviews the licences a merchant has on record. */
@Service
public class LicenceService {

    private final MerchantReader merchants;
    private final LicenceExpiry expiry;
    private final Clock clock;

    LicenceService(MerchantReader merchants, LicenceExpiry expiry, Clock clock) {
        this.merchants = merchants;
        this.expiry = expiry;
        this.clock = clock;
    }

    /** The review as of {@code asOf}; null means today in the merchant's zone, where its licences apply. */
    public LicenceReview review(Caller caller, String merchantId, LocalDate asOf) {
        MerchantDocument merchant = merchants.require(caller, merchantId);
        LocalDate day = asOf != null ? asOf : merchant.today(clock);
        return expiry.review(merchant, day);
    }
}
