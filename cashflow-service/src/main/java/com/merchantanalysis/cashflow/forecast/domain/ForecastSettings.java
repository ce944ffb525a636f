package com.merchantanalysis.cashflow.forecast.domain;

import java.time.Duration;
import java.util.List;

import com.merchantanalysis.common.data.TransactionKind;

import com.merchantanalysis.cashflow.forecast.model.EngineSettings;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How cash-flow forecasts are made.
 *
 * @param minHistoryDays      below this many days of history only a seasonal naive forecast is given
 * @param fitWindowDays       the smoothing models see at most this many recent days
 * @param maxHistoryDays      history read per merchant (yearly effects need two years)
 * @param yearlyFromDays      yearly Fourier terms are used from this much history on
 * @param fourierPairs        sine/cosine pairs of the yearly pattern
 * @param simulationPaths     Monte Carlo paths for net flow and balance intervals
 * @param accuracyOrigins     rolling origins for the accuracy shown next to every forecast
 * @param accuracyHorizonDays their horizon (capped by the requested one)
 * @param minTrainingDays     history needed before a backtest origin
 * @param defaultFloor        the balance the summary warns about (CNY)
 * @param recurringKinds      outflow kinds looked at for fixed monthly (or quarterly) payments
 * @param mixWindowDays       days over which channel mix, fee rates and refund share are measured
 * @param preSpringFestivalDays  days before lunar new year's day treated as the pre-festival period
 * @param postSpringFestivalDays days after the festival break treated as the slow restart
 * @param intervalWidening    multiplies the calibrated interval widths: what errors measured from past
 *                            origins, with parameters fitted to the same history, miss out of sample
 *                            (chosen so that the accuracy harness's intervals cover at their level)
 */
@Validated
@ConfigurationProperties("merchant.cashflow")
public record ForecastSettings(
        @DefaultValue("14") @Min(2) int minHistoryDays,
        @DefaultValue("371") @Min(28) int fitWindowDays,
        @DefaultValue("1100") @Min(28) int maxHistoryDays,
        @DefaultValue("730") @Min(365) int yearlyFromDays,
        @DefaultValue("3") @Min(1) @Max(10) int fourierPairs,
        @DefaultValue("1000") @Min(100) @Max(20000) int simulationPaths,
        @DefaultValue("3") @Min(1) @Max(20) int accuracyOrigins,
        @DefaultValue("28") @Min(1) int accuracyHorizonDays,
        @DefaultValue("56") @Min(14) int minTrainingDays,
        @DefaultValue("0") double defaultFloor,
        @DefaultValue({"RENT", "PAYROLL", "UTILITIES", "TAX"}) @NotNull List<TransactionKind> recurringKinds,
        @DefaultValue("90") @Min(7) int mixWindowDays,
        @DefaultValue("10") @Min(0) int preSpringFestivalDays,
        @DefaultValue("7") @Min(0) int postSpringFestivalDays,
        @DefaultValue("1.20") @DecimalMin("1.0") @DecimalMax("3.0") double intervalWidening) {

    /** The forecast engine's settings. */
    public EngineSettings engine() {
        return new EngineSettings(minHistoryDays, fitWindowDays, intervalWidening);
    }
}
