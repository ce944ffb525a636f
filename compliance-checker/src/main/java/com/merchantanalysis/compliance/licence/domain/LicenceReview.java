package com.merchantanalysis.compliance.licence.domain;

import java.time.LocalDate;
import java.util.List;

/** A merchant's licences as of a day, the ones closest to their last valid day first. */
public record LicenceReview(String merchantId, LocalDate asOf, List<LicenceFinding> licences) {
}
