package com.merchantanalysis.compliance.licence.web;

import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.compliance.licence.domain.LicenceReview;

/** A merchant's licences as of a day, sorted by days remaining. Risk indicators, not legal determinations. */
record LicenceReviewResponse(String merchantId, LocalDate asOf, List<LicenceFindingView> licences) {

    static LicenceReviewResponse of(LicenceReview review) {
        return new LicenceReviewResponse(review.merchantId(), review.asOf(),
                review.licences().stream().map(LicenceFindingView::of).toList());
    }
}
