package com.merchantanalysis.costs.config;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.merchantanalysis.costs.ledger.CostCategory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and tuning of the cost analyses.
 *
 * The reporting period is the platform's one policy ({@code merchant.period.*}, common's ReportingPeriodPolicy).
 *
 * @param fixedCategories    cost categories that do not move with sales (the rest are variable)
 * @param benchmarkFile      the versioned benchmark data file
 */
@Validated
@ConfigurationProperties("merchant.costs")
public record CostSettings(
        @DefaultValue({ "LABOUR", "OCCUPANCY", "UTILITIES", "MARKETING", "OTHER" }) @NotNull Set<CostCategory> fixedCategories,
        @DefaultValue("classpath:benchmarks/cost-benchmarks.yml") @NotBlank String benchmarkFile,
        @DefaultValue @Valid FeeAudit feeAudit,
        @DefaultValue @Valid Anomaly anomaly,
        @DefaultValue @Valid Actions actions) {

    /**
     * @param rateTolerance     an effective rate at most this far above the contract is rounding, not an
     *                          overcharge (0.0001 = 0.01 percentage points)
     * @param perFeeTolerance   a single fee this much above contract × amount is still rounding
     * @param defaultEvidence   transactions shown per channel when the caller does not say
     * @param maxEvidence       the most transactions a caller may ask for per page
     */
    public record FeeAudit(
            @DefaultValue("0.0001") @NotNull @DecimalMin("0") BigDecimal rateTolerance,
            @DefaultValue("0.005") @NotNull @DecimalMin("0") BigDecimal perFeeTolerance,
            @DefaultValue("20") @Min(1) int defaultEvidence,
            @DefaultValue("200") @Min(1) int maxEvidence) {
    }

    /**
     * @param historyMonths      complete months read before the period to learn each line's pattern
     * @param zThreshold         robust z-score (median/MAD) from which a month breaks its pattern
     * @param minRelativeChange  and it must be off its expected amount by at least this factor (0.8: above 180%
     *                           or below 55.6% of it)
     * @param minAmount          and by at least this many yuan, so tiny lines never alarm
     * @param minPresence        a line must occur in at least this share of months to have a pattern
     * @param stepMonths         months on each side of a step change
     * @param stepMinChange      relative change between the medians before and after a step
     * @param stepByAmount       lines whose steps are looked for on the amount (contractual lines)
     * @param stepByShareOfRevenue lines whose steps are looked for per yuan of revenue (lines that move with
     *                           sales); other lines (seasonal or irregular) are not checked for steps; with a
     *                           short history they are also the lines compared per yuan of revenue
     * @param shortHistoryMonths the fewest complete months a line is judged on (against its own median, until
     *                           there are enough for the pattern rule); with fewer the answer says so
     * @param shortHistoryScaleFloor the least spread assumed on the log scale with a short history (0.1: about
     *                           10%), wider than the pattern rule's as a MAD of a few months is unsteady...
     * @param shortHistoryScaleCap ...and the most (0.2): two or three ordinary months that differ by a quarter
     *                           must not hide a month that tripled
     */
    public record Anomaly(
            @DefaultValue("24") @Min(3) @Max(60) int historyMonths,
            @DefaultValue("3.5") @DecimalMin("1") double zThreshold,
            @DefaultValue("0.8") @DecimalMin("0") double minRelativeChange,
            @DefaultValue("200") @DecimalMin("0") double minAmount,
            @DefaultValue("0.75") @DecimalMin("0") @DecimalMax("1") double minPresence,
            @DefaultValue("3") @Min(2) @Max(12) int stepMonths,
            @DefaultValue("0.15") @DecimalMin("0") double stepMinChange,
            @DefaultValue({ "LABOUR", "OCCUPANCY" }) @NotNull Set<CostCategory> stepByAmount,
            @DefaultValue({ "COGS", "PAYMENT_FEES", "PLATFORM_COMMISSION" }) @NotNull Set<CostCategory> stepByShareOfRevenue,
            @DefaultValue("3") @Min(2) @Max(12) int shortHistoryMonths,
            @DefaultValue("0.1") @DecimalMin("0.01") double shortHistoryScaleFloor,
            @DefaultValue("0.2") @DecimalMin("0.01") double shortHistoryScaleCap) {
    }

    /**
     * @param channelShiftShare  share of a dear channel's sales a merchant can plausibly move to the
     *                           cheapest one (e.g. by asking for QR payment at the till)
     * @param maxActions         the most recommendations returned
     * @param minMonthlyImpact   recommendations worth less than this many yuan a month are not worth an owner's time
     */
    public record Actions(
            @DefaultValue("0.2") @DecimalMin("0") @DecimalMax("1") BigDecimal channelShiftShare,
            @DefaultValue("10") @Min(1) int maxActions,
            @DefaultValue("50") @NotNull @DecimalMin("0") BigDecimal minMonthlyImpact) {
    }
}
