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
 * @param status           JUDGED (at least one line was judged: an empty {@code anomalies} then means nothing
 *                         was found); NOT_ENOUGH_HISTORY (no line could be judged for want of complete
 *                         months: see {@code monthsNeeded}); NOTHING_TO_JUDGE (no line with a monthly pattern)
 * @param completeMonths   complete months of data read, history included
 * @param monthsNeeded     with NOT_ENOUGH_HISTORY, the complete months of data a judgement needs; else null
 * @param lines            how each cost line with data was judged, or why it was not
 */
public record AnomalyReport(
        String merchantId,
        long dataVersion,
        LocalDate from,
        LocalDate to,
        LocalDate historyFrom,
        List<String> monthsEvaluated,
        Method method,
        List<Anomaly> anomalies,
        String status,
        int completeMonths,
        Integer monthsNeeded,
        List<Line> lines) {

    public static final String JUDGED = "JUDGED";
    public static final String NOT_ENOUGH_HISTORY = "NOT_ENOUGH_HISTORY";
    public static final String NOTHING_TO_JUDGE = "NOTHING_TO_JUDGE";

    /**
     * The thresholds in force.
     *
     * @param minRelativeChangePct  how far, in percent, a month must be off its expected amount to count
     * @param stepMinChangePct      the change, in percent, between the levels before and after a step
     * @param shortHistoryMonths  the fewest complete months a line is judged on (against its own median)
     * @param patternMonths       from this many complete months on, a line is judged on its pattern
     *                            (seasonal baseline from a year on, robust z-score, step changes)
     */
    public record Method(double zThreshold, BigDecimal minRelativeChangePct, BigDecimal minAmount, int stepMonths,
            BigDecimal stepMinChangePct, int shortHistoryMonths, int patternMonths) {
    }

    /**
     * One cost line.
     *
     * @param status          JUDGED; NOT_ENOUGH_HISTORY (fewer complete months of data than
     *                        {@code monthsNeeded}); or IRREGULAR (booked in fewer than {@code shortHistoryMonths}
     *                        or 75% of the complete months, e.g. rent paid by the quarter, so no monthly
     *                        pattern): the last two were not judged
     * @param rule            when judged: PATTERN or MEDIAN (a short history, against the line's own median)
     * @param monthsWithLine  complete months in which the line was booked
     * @param monthsNeeded    with NOT_ENOUGH_HISTORY, how many it needs; else null
     */
    public record Line(String category, String status, String rule, int monthsWithLine, Integer monthsNeeded) {
    }

    /**
     * One month of one cost line.
     *
     * @param type      SPIKE or DROP (one month off its expected amount), STEP_UP or STEP_DOWN (a lasting new level
     *                  from this month on)
     * @param expected  the amount the line's pattern predicted (for a step: the level before it)
     * @param robustZ   (residual − median residual) / (1.4826 × MAD), null for steps
     * @param baseline  how {@code expected} was formed, in the caller's language
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
