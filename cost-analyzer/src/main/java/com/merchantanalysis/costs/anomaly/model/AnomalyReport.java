package com.merchantanalysis.costs.anomaly.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Cost lines that broke their own pattern in the complete months of a period.
 *
 * @param monthsEvaluated  the complete months of the period with data (a month cut by the period or by
 *                         the data is not judged: its total would look low)
 * @param historyFrom      the first day read to learn each line's pattern
 */
public record AnomalyReport(
        String merchantId,
        long dataVersion,
        LocalDate from,
        LocalDate to,
        LocalDate historyFrom,
        List<String> monthsEvaluated,
        Method method,
        List<Anomaly> anomalies) {

    /** The thresholds in force. */
    public record Method(double zThreshold, double minRelativeChange, BigDecimal minAmount, int stepMonths,
            double stepMinChange) {
    }

    /**
     * One month of one cost line.
     *
     * @param type      SPIKE or DROP (one month off its expected amount), STEP_UP or STEP_DOWN (a lasting new level
     *                  from this month on)
     * @param expected  the amount the line's pattern predicted (for a step: the level before it)
     * @param robustZ   (residual − median residual) / (1.4826 × MAD), null for steps
     * @param baseline  how {@code expected} was formed
     * @param days      the days of that month the line was booked, largest first
     */
    public record Anomaly(
            String category,
            String type,
            String month,
            BigDecimal amount,
            BigDecimal expected,
            BigDecimal difference,
            BigDecimal relativeChangePct,
            BigDecimal robustZ,
            String baseline,
            List<DayAmount> days) {
    }

    public record DayAmount(LocalDate date, BigDecimal amount) {
    }
}
