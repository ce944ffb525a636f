package com.merchantanalysis.costs.action.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.action.model.ActionReport;
import com.merchantanalysis.costs.action.model.CostSummary;
import com.merchantanalysis.costs.action.model.CostSummary.Leak;
import com.merchantanalysis.costs.anomaly.domain.AnomalyService;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport.Anomaly;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkService;
import com.merchantanalysis.costs.benchmark.model.BenchmarkReport.RatioComparison;
import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.costs.config.CostMetrics;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.feeaudit.domain.ChannelFeeCheck;
import com.merchantanalysis.costs.feeaudit.domain.FeeAuditService;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.RevenueShares;
import com.merchantanalysis.costs.ledger.RollupReader;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.costs.structure.domain.StructureService;

import org.springframework.stereotype.Service;

/** Ranked recommendations and the gateway's cost summary, drawn from all the other analyses. */
@Service
public class ActionService {

    private static final int TOP_LEAKS = 3;
    /** Benchmark ratios that measure one cost line, and the line. */
    private static final Map<String, CostCategory> COST_RATIOS = Map.of("COGS_PCT", CostCategory.COGS, "LABOUR_PCT",
            CostCategory.LABOUR, "OCCUPANCY_PCT", CostCategory.OCCUPANCY, "UTILITIES_PCT", CostCategory.UTILITIES,
            "MARKETING_PCT", CostCategory.MARKETING);

    private final MerchantReader merchants;
    private final ReportingPeriodPolicy periods;
    private final RollupReader rollups;
    private final FeeAuditService fees;
    private final BenchmarkService benchmarks;
    private final AnomalyService anomalies;
    private final HourlySalesScanner hours;
    private final MerchantCache cache;
    private final CostMetrics metrics;
    private final ActionRules rules;

    ActionService(MerchantReader merchants, ReportingPeriodPolicy periods, RollupReader rollups, FeeAuditService fees,
            BenchmarkService benchmarks, AnomalyService anomalies, HourlySalesScanner hours, MerchantCache cache,
            CostMetrics metrics, CostSettings settings) {
        this.merchants = merchants;
        this.periods = periods;
        this.rollups = rollups;
        this.fees = fees;
        this.benchmarks = benchmarks;
        this.anomalies = anomalies;
        this.hours = hours;
        this.cache = cache;
        this.metrics = metrics;
        this.rules = new ActionRules(settings.actions());
    }

    public ActionReport actions(Caller caller, String merchantId, LocalDate from, LocalDate to) {
        return metrics.time("actions", () -> {
            MerchantDocument merchant = merchants.require(caller, merchantId);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            return cache.get("actions", merchant, MerchantCache.parameters(period.from(), period.to()),
                    ActionReport.class, () -> {
                CostFindings findings = findings(merchant, period);
                return new ActionReport(merchant.id(), merchant.dataVersion(), period.from(), period.to(),
                        rules.actions(findings));
            });
        });
    }

    public CostSummary summary(Caller caller, String merchantId, LocalDate from, LocalDate to) {
        return metrics.time("summary", () -> {
            MerchantDocument merchant = merchants.require(caller, merchantId);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            return cache.get("summary", merchant, MerchantCache.parameters(period.from(), period.to()),
                    CostSummary.class, () -> summary(findings(merchant, period)));
        });
    }

    private CostFindings findings(MerchantDocument merchant, ReportingPeriod period) {
        PeriodLedger ledger = rollups.ledger(merchant.id(), period);
        List<RatioComparison> comparisons = benchmarks.compare(merchant, ledger);
        AnomalyReport found = anomalies.compute(merchant, period);
        boolean labourHigh = comparisons.stream()
                .anyMatch(c -> c.ratio().equals("LABOUR_PCT") && c.position().equals("ABOVE"));
        return new CostFindings(merchant, period, ledger, fees.checks(merchant, ledger), comparisons, found,
                labourHigh ? hours.scan(merchant, period) : null);
    }

    private CostSummary summary(CostFindings findings) {
        PeriodLedger ledger = findings.ledger();
        BigDecimal revenue = ledger.revenue();
        BigDecimal primeCost = StructureService.isRestaurant(findings.merchant())
                ? Money.percent(ledger.cost(CostCategory.COGS).add(ledger.cost(CostCategory.LABOUR)), revenue) : null;
        BigDecimal overcharge = findings.fees().stream().map(ChannelFeeCheck::overcharge)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CostSummary(findings.merchant().id(), findings.merchant().dataVersion(), findings.period().from(),
                findings.period().to(), Money.cents(revenue),
                Money.percent(revenue.subtract(ledger.cost(CostCategory.COGS)), revenue),
                RevenueShares.of(ledger).netMargin(), primeCost, leaks(findings), Money.cents(overcharge),
                rules.actions(findings));
    }

    /** The largest amounts paid beyond a contract, a benchmark's top or a line's own pattern, over the period. */
    private static List<Leak> leaks(CostFindings findings) {
        List<Leak> leaks = new ArrayList<>();
        for (ChannelFeeCheck check : findings.fees()) {
            if (check.overcharge().signum() > 0) {
                leaks.add(new Leak("PAYMENT_FEES", check.overcharge(), check.channel() + " charged "
                        + check.effectiveRatePct() + "% against a contracted " + check.contractRatePct() + "%"));
            }
        }
        for (RatioComparison comparison : findings.benchmarks()) {
            CostCategory category = COST_RATIOS.get(comparison.ratio());
            if (category != null && "ABOVE".equals(comparison.position())) {
                BigDecimal amount = Money.cents(findings.ledger().revenue().multiply(comparison.deviationPoints())
                        .movePointLeft(2));
                leaks.add(new Leak(category.name(), amount, comparison.label() + ": " + comparison.assessment()));
            }
        }
        for (Anomaly anomaly : findings.anomalies().anomalies()) {
            if (anomaly.difference().signum() > 0) {
                leaks.add(new Leak(anomaly.category(), anomaly.difference(), anomaly.type().toLowerCase(Locale.ROOT)
                        + " in " + anomaly.month() + ": ¥" + anomaly.amount() + " against ¥" + anomaly.expected()
                        + " expected"));
            }
        }
        return leaks.stream().sorted(Comparator.comparing(Leak::amountYuan).reversed()).limit(TOP_LEAKS).toList();
    }
}
