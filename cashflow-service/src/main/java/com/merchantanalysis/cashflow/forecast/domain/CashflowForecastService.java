package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.merchantanalysis.cashflow.forecast.model.Backtest;
import com.merchantanalysis.cashflow.forecast.model.EngineResult;
import com.merchantanalysis.cashflow.forecast.model.ForecastEngine;
import com.merchantanalysis.cashflow.forecast.model.ModelForecast;
import com.merchantanalysis.cashflow.forecast.model.SeriesInput;
import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.common.calendar.Festival;
import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Forecasts a merchant's cash from its daily summaries: daily sales (the driver of inflows) with the
 * engine and calendar effects, fixed payments from their history (and from the payees of imported
 * payments without a cost kind), variable costs with the engine, all turned into bank cash and a
 * balance path from the current balance.
 */
@Service
public class CashflowForecastService {

    private static final int WEEK = 7;

    private final MerchantReader merchants;
    private final DailySummaries dailySummaries;
    private final ReportingPeriodPolicy periods;
    private final ForecastSettings settings;
    private final CalendarFeatures calendar;
    private final ForecastMetrics metrics;
    private final ForecastEngine engine;
    private final TransactionDays transactionDays;
    private final MessageSource messages;

    CashflowForecastService(MerchantReader merchants, DailySummaries dailySummaries, TransactionDays transactionDays,
            ReportingPeriodPolicy periods, ForecastSettings settings, CalendarFeatures calendar, ForecastMetrics metrics,
            MessageSource messages) {
        this.merchants = merchants;
        this.dailySummaries = dailySummaries;
        this.transactionDays = transactionDays;
        this.periods = periods;
        this.settings = settings;
        this.calendar = calendar;
        this.metrics = metrics;
        this.messages = messages;
        this.engine = new ForecastEngine(settings.engine());
    }

    /**
     * The merchant (404 unless the caller may see it) and the forecast origin: {@code asOf}, or where every
     * service's default period ends (the last day with transactions, or today when there are none).
     */
    public Target target(Caller caller, String merchantId, LocalDate asOf) {
        MerchantDocument merchant = merchants.require(caller, merchantId);
        if (asOf != null) {
            if (asOf.isBefore(merchant.openingDate())) {
                Wording wording = Wording.ofRequest(messages);
                throw new InvalidFieldException("asOf",
                        wording.text("validation.asOf.beforeOpening", wording.day(merchant.openingDate())));
            }
            return new Target(merchant, asOf);
        }
        return new Target(merchant, periods.lastDay(merchant));
    }

    public MerchantForecast forecast(Target target, int horizon, double[] levels) {
        long started = System.nanoTime();
        MerchantHistory history = history(target);
        int n = history.days();
        SeriesInput salesInput = input(history, history.sales(), horizon);
        EngineResult sales = engine.forecast(salesInput, horizon, levels);

        Backtest.Result accuracy = null;
        String chosen = sales.chosen();
        if (!sales.fallback()) {
            accuracy = accuracy(salesInput, horizon, settings.accuracyOrigins(), levels);
            if (accuracy.origins() == 0) {
                accuracy = null;
            } else {
                chosen = accuracy.chosen();
            }
        }
        List<RecurringOutflow> byKind = RecurringOutflowDetector.detect(history, settings.recurringKinds());
        List<RecurringPayeeDetector.Found> byPayee = RecurringPayeeDetector.detect(untypedPayments(target),
                target.asOf(), ZoneId.of(target.merchant().zoneId()));
        List<RecurringOutflow> recurring = new ArrayList<>(byKind);
        byPayee.forEach(found -> recurring.add(found.outflow()));
        double[] variable = variableOutflow(history, byKind, byPayee);
        double[] other = otherInflow(history);
        ModelForecast cost = engine.forecast(input(history, variable, horizon), horizon, levels).best();
        ModelForecast otherForecast = isZero(other) ? zero(horizon, levels)
                : engine.forecast(input(history, other, horizon), horizon, levels).best();

        SettlementTerms terms = SettlementTerms.of(history, settings.mixWindowDays(), horizon);
        double startingCash = history.position().settledCash().doubleValue();
        long seed = target.merchant().id().hashCode() * 31L + target.merchant().dataVersion() * 17L
                + target.asOf().toEpochDay();
        CashflowProjector.Inputs inputs = new CashflowProjector.Inputs(target.asOf(), startingCash,
                sales.models().get(chosen), otherForecast, cost, recurring, terms, levels, settings.simulationPaths(),
                seed);
        CashflowProjection base = CashflowProjector.project(inputs, Scenario.NONE, settings.defaultFloor());
        metrics.recordForecast(chosen, System.nanoTime() - started);
        return new MerchantForecast(target, target.merchant().dataVersion(), history.position(), n, sales, chosen, accuracy,
                recurring, base, inputs);
    }

    /**
     * Rolling-origin accuracy of the daily sales forecast, per method: what the forecast of that horizon
     * measures to choose its model (with {@code origins} = {@code accuracyOrigins}), so the two name the same.
     */
    public Backtest.Result backtest(Target target, int horizon, int origins, double[] levels) {
        MerchantHistory history = history(target);
        return accuracy(input(history, history.sales(), horizon), horizon, origins, levels);
    }

    /** The backtest over at most {@code accuracyHorizonDays}: farther windows would need more history than most have. */
    private Backtest.Result accuracy(SeriesInput sales, int horizon, int origins, double[] levels) {
        int testHorizon = Math.min(horizon, settings.accuracyHorizonDays());
        return new Backtest(engine).run(sales, testHorizon, origins, levels, settings.minTrainingDays());
    }

    public ForecastSettings settings() {
        return settings;
    }

    /** The statutory holiday of a date (null if none), for explaining troughs. */
    public Festival holiday(LocalDate date) {
        return calendar.holiday(date).orElse(null);
    }

    private MerchantHistory history(Target target) {
        // Every day up to asOf counts for the balance; only the recent window is turned into series.
        List<DailySummaryDocument> summaries = dailySummaries.upTo(target.merchant(), target.asOf());
        return MerchantHistory.of(target.merchant(), target.asOf(), summaries, settings.maxHistoryDays());
    }

    /** Imported payments without a cost kind over the payee detector's months: where imported bills hide. */
    private List<TransactionDocument> untypedPayments(Target target) {
        MerchantDocument merchant = target.merchant();
        LocalDate from = YearMonth.from(target.asOf()).minusMonths(RecurringPayeeDetector.LOOKBACK_MONTHS - 1L).atDay(1);
        // only the days whose rollup has such a kind are read
        List<TransactionDays.Day> days = transactionDays.days(merchant, from, target.asOf()).stream()
                .filter(day -> RecurringPayeeDetector.UNTYPED.stream().anyMatch(kind -> day.mayHave(kind, null)))
                .toList();
        try (Stream<TransactionDocument> payments = transactionDays.stream(merchant, days)) {
            return payments.filter(RecurringPayeeDetector::untyped).toList();
        }
    }

    private SeriesInput input(MerchantHistory history, double[] y, int horizon) {
        return new SeriesInput(y, WEEK, calendar.regressors(history.first(), y.length, horizon),
                calendar.eventDays(history.first(), y.length));
    }

    /** Outflows without the fixed payments (projected on their days) and refunds (netted in settlements). */
    private static double[] variableOutflow(MerchantHistory history, List<RecurringOutflow> byKind,
            List<RecurringPayeeDetector.Found> byPayee) {
        double[] out = history.outflow().clone();
        Set<TransactionKind> excluded = EnumSet.of(TransactionKind.REFUND, TransactionKind.CHARGEBACK);
        for (RecurringOutflow r : byKind) {
            excluded.add(r.kind());
        }
        for (TransactionKind kind : excluded) {
            double[] v = history.kind(kind);
            for (int t = 0; t < out.length; t++) {
                out[t] = Math.max(0, out[t] + Math.min(0, v[t]));
            }
        }
        // a bill found by its payee takes out its own payments, not its whole kind (OTHER holds much else)
        ZoneId zone = ZoneId.of(history.merchant().zoneId());
        for (RecurringPayeeDetector.Found found : byPayee) {
            for (TransactionDocument payment : found.payments()) {
                int t = (int) (payment.timestamp().atZone(zone).toLocalDate().toEpochDay() - history.first().toEpochDay());
                if (t >= 0 && t < out.length) {
                    out[t] = Math.max(0, out[t] - payment.amount().doubleValue());
                }
            }
        }
        return out;
    }

    /** Money in that is not a sale (deposits, transfers in). */
    private static double[] otherInflow(MerchantHistory history) {
        double[] out = new double[history.days()];
        for (int t = 0; t < out.length; t++) {
            out[t] = Math.max(0, history.inflow()[t] - history.sales()[t]);
        }
        return out;
    }

    private static boolean isZero(double[] values) {
        return Arrays.stream(values).allMatch(v -> v == 0);
    }

    private static ModelForecast zero(int horizon, double[] levels) {
        Map<Double, double[]> bounds = new java.util.TreeMap<>();
        for (double level : levels) {
            bounds.put(level, new double[horizon]);
        }
        double[] psi = new double[horizon];
        return new ModelForecast("None", new double[horizon], bounds, bounds, Double.NaN, 0, psi, new double[0], null);
    }
}
