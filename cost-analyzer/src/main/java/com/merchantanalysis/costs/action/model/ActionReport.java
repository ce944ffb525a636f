package com.merchantanalysis.costs.action.model;

import java.time.LocalDate;
import java.util.List;

/** Ranked recommendations for a period: by estimated monthly impact weighted by confidence, largest first. */
public record ActionReport(String merchantId, long dataVersion, LocalDate from, LocalDate to, List<Action> actions) {
}
