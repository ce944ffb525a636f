package com.merchantanalysis.compliance.outlook.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

import com.merchantanalysis.common.text.Message;

/**
 * The chance that next month's ratio crosses one of a ratio rule's thresholds.
 *
 * @param line          which threshold, to be worded: a card-scheme programme, or the upper/lower bound of the
 *                      cost band
 * @param expected      next month's expected ratio from the trend
 * @param trendPerMonth the fitted change of the ratio per month (0 with fewer than three months)
 * @param probability   probability (0–1) that the month's ratio reaches the threshold
 */
public record RatioForecast(String ruleId, int ruleVersion, YearMonth month, Message line, BigDecimal threshold,
        BigDecimal lastRatio, BigDecimal expected, BigDecimal trendPerMonth, int monthsOfHistory,
        BigDecimal probability) {
}
