package com.merchantanalysis.simulator.transaction.web;

/** @param days the number of daily summaries written */
record RebuildResponse(String merchantId, int days) {
}
