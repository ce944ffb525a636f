package com.merchantanalysis.simulator.transaction.web;

import java.time.LocalDate;
import java.util.List;

/** The rollups of a period; {@code from}/{@code to} are null when the merchant has no data yet. */
record DailyResponse(String merchantId, long dataVersion, LocalDate from, LocalDate to, List<DailySummaryView> days) {
}
