package com.merchantanalysis.cashflow.forecast.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.merchantanalysis.cashflow.forecast.domain.CashflowForecastService;
import com.merchantanalysis.cashflow.forecast.domain.CashflowProjection;
import com.merchantanalysis.cashflow.forecast.domain.ForecastMetrics;
import com.merchantanalysis.cashflow.forecast.domain.MerchantForecast;
import com.merchantanalysis.cashflow.forecast.domain.Scenario;
import com.merchantanalysis.cashflow.forecast.domain.Target;
import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cashflow/merchants")
@Tag(name = "Merchant forecasts", description = "Cash-flow forecasts, accuracy, runway and scenarios per merchant")
class MerchantForecastController {

    private static final double[] SUMMARY_LEVELS = {80, 95};

    private final CashflowForecastService forecasts;
    private final MerchantReader merchants;
    private final MerchantCache cache;
    private final ForecastMetrics metrics;
    private final MessageSource messages;

    MerchantForecastController(CashflowForecastService forecasts, MerchantReader merchants, MerchantCache cache,
            ForecastMetrics metrics, MessageSource messages) {
        this.forecasts = forecasts;
        this.merchants = merchants;
        this.cache = cache;
        this.metrics = metrics;
        this.messages = messages;
    }

    @Operation(summary = "Daily bank inflow, outflow, net and balance with intervals, the model and its accuracy")
    @GetMapping("/{merchantId}/forecast")
    ForecastResponse forecast(@PathVariable String merchantId,
            @RequestParam(required = false) @Min(1) @Max(RequestChecks.MAX_HORIZON) Integer horizon,
            @RequestParam(required = false) @Size(max = RequestChecks.MAX_LEVELS) List<@CoverageLevel Double> levels,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Authentication authentication, Locale locale) {
        int h = horizon == null ? 30 : horizon;
        double[] lv = RequestChecks.levels(levels);
        Target target = forecasts.target(Caller.from(authentication), merchantId, asOf);
        Wording wording = new Wording(messages, locale);
        return cache.get("forecast", target.merchant(), key(target, wording, h, Arrays.toString(lv)),
                ForecastResponse.class, () -> ForecastResponse.of(forecasts.forecast(target, h, lv), lv, wording));
    }

    @Operation(summary = "Rolling-origin backtest of the daily sales forecast: MASE, sMAPE, coverage per model",
            description = "The same backtest the forecast of this horizon runs to choose its model (test windows of "
                    + "at most 28 days, 3 origins by default), so `chosen` is the forecast's `method`.")
    @GetMapping("/{merchantId}/backtest")
    BacktestResponse backtest(@PathVariable String merchantId,
            @RequestParam(required = false) @Min(1) @Max(RequestChecks.MAX_HORIZON) Integer horizon,
            @RequestParam(required = false) @Min(1) @Max(20) Integer origins,
            @RequestParam(required = false) @Size(max = RequestChecks.MAX_LEVELS) List<@CoverageLevel Double> levels,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Authentication authentication, Locale locale) {
        int h = horizon == null ? forecasts.settings().accuracyHorizonDays() : horizon;
        int o = origins == null ? forecasts.settings().accuracyOrigins() : origins;
        double[] lv = RequestChecks.levels(levels);
        Target target = forecasts.target(Caller.from(authentication), merchantId, asOf);
        Wording wording = new Wording(messages, locale);
        return cache.get("backtest", target.merchant(), key(target, wording, h, o, Arrays.toString(lv)),
                BacktestResponse.class, () -> BacktestResponse.of(target.merchant().id(),
                        target.merchant().dataVersion(), target.asOf(), forecasts.backtest(target, h, o, lv), lv, wording));
    }

    @Operation(summary = "Probability per day that the balance is below the floor, first likely date, drivers")
    @GetMapping("/{merchantId}/runway")
    RunwayResponse runway(@PathVariable String merchantId,
            @RequestParam(required = false) @Digits(integer = 13, fraction = 2) BigDecimal floor,
            @RequestParam(required = false) @Min(1) @Max(RequestChecks.MAX_HORIZON) Integer horizon,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Authentication authentication, Locale locale) {
        int h = horizon == null ? 90 : horizon;
        double f = floor == null ? forecasts.settings().defaultFloor() : floor.doubleValue();
        Target target = forecasts.target(Caller.from(authentication), merchantId, asOf);
        Wording wording = new Wording(messages, locale);
        return cache.get("runway", target.merchant(), key(target, wording, h, f), RunwayResponse.class, () -> {
            MerchantForecast forecast = forecasts.forecast(target, h, SUMMARY_LEVELS);
            CashflowProjection projection = forecast.project(Scenario.NONE, f);
            RunwayResponse response = RunwayResponse.of(forecast, projection, forecasts::holiday, wording);
            if (response.firstDateLikely() != null) {
                metrics.shortfallWarned();
            }
            return response;
        });
    }

    @Operation(summary = "Base versus scenario: revenue change, new monthly cost, one-off payments, fee changes")
    @PostMapping("/{merchantId}/scenarios")
    ScenarioResponse scenarios(@PathVariable String merchantId, @Valid @RequestBody ScenarioRequest request,
            Authentication authentication, Locale locale) {
        int h = request.horizon() == null ? 90 : request.horizon();
        double f = request.floor() == null ? forecasts.settings().defaultFloor() : request.floor().doubleValue();
        Target target = forecasts.target(Caller.from(authentication), merchantId, request.asOf());
        Scenario scenario = request.toScenario(target.asOf().plusDays(1), target.asOf().plusDays(h),
                new Wording(messages, locale));
        MerchantForecast forecast = forecasts.forecast(target, h, SUMMARY_LEVELS);
        return ScenarioResponse.of(forecast, forecast.project(Scenario.NONE, f), forecast.project(scenario, f));
    }

    @Operation(summary = "The cash-flow section of /merchant/analyze",
            description = "The forecast stands on `asOf` (the end of the report's period); without it, on the last "
                    + "day with transactions. With `asOf` and `dataVersion` (the merchant's data version the caller "
                    + "has read, as the gateway's report does), an answer cached for that version is served "
                    + "without reading the merchant.")
    @GetMapping("/{merchantId}/summary")
    SummaryResponse summary(@PathVariable String merchantId,
            @RequestParam(required = false) @Min(1) @Max(RequestChecks.MAX_HORIZON) Integer horizon,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @PositiveOrZero Long dataVersion,
            Authentication authentication, Locale locale) {
        int h = horizon == null ? 30 : horizon;
        Caller caller = Caller.from(authentication);
        Wording wording = new Wording(messages, locale);
        if (asOf != null && dataVersion != null) {
            merchants.requireVisible(caller, merchantId);
            Optional<SummaryResponse> known = cache.storedFor("summary", merchantId, dataVersion,
                    key(asOf, wording, h), SummaryResponse.class);
            if (known.isPresent()) {
                return known.get();
            }
        }
        Target target = forecasts.target(caller, merchantId, asOf);
        return cache.get("summary", target.merchant(), key(target, wording, h), SummaryResponse.class, () -> {
            SummaryResponse response = SummaryResponse.of(forecasts.forecast(target, h, SUMMARY_LEVELS),
                    forecasts::holiday, wording);
            if (response.shortfall().firstDateLikely() != null) {
                metrics.shortfallWarned();
            }
            return response;
        });
    }

    /**
     * A key's parameters: the day the forecast stands on, the language of the answer's sentences (they are
     * cached with it), then the request's own.
     */
    private static String key(Target target, Wording wording, Object... parameters) {
        return key(target.asOf(), wording, parameters);
    }

    private static String key(LocalDate asOf, Wording wording, Object... parameters) {
        Object[] all = new Object[parameters.length + 2];
        all[0] = asOf;
        all[1] = wording.language();
        System.arraycopy(parameters, 0, all, 2, parameters.length);
        return MerchantCache.parameters(all);
    }
}
