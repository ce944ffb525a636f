package com.merchantanalysis.costs.action.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.costs.config.CostMetrics;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.feeaudit.domain.ChannelFeeCheck;
import com.merchantanalysis.costs.feeaudit.domain.FeeAuditService;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.RevenueShares;
import com.merchantanalysis.costs.ledger.RollupReader;
import com.merchantanalysis.costs.ledger.CostWording;
import com.merchantanalysis.costs.structure.domain.StructureService;

import org.springframework.context.MessageSource;
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
    private final RiskRules risks = new RiskRules();
    private final MessageSource messages;

    ActionService(MerchantReader merchants, ReportingPeriodPolicy periods, RollupReader rollups, FeeAuditService fees,
            BenchmarkService benchmarks, AnomalyService anomalies, HourlySalesScanner hours, MerchantCache cache,
            CostMetrics metrics, CostSettings settings, MessageSource messages) {
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
        this.messages = messages;
    }

    /** The recommendations, their sentences in {@code locale}'s language (which is part of the cache key). */
    public ActionReport actions(Caller caller, String merchantId, LocalDate from, LocalDate to, Locale locale) {
        CostWording wording = new CostWording(messages, locale);
        return metrics.time("actions", () -> {
            MerchantDocument merchant = merchants.require(caller, merchantId);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            return cache.get("actions", merchant, MerchantCache.parameters(period.from(), period.to(),
                    wording.language()), ActionReport.class, () -> {
                CostFindings findings = findings(merchant, period, wording);
                return new ActionReport(merchant.id(), merchant.dataVersion(), period.from(), period.to(),
                        findings.completeness(), rules.actions(findings, wording), risks.actions(findings, wording));
            });
        });
    }

    /**
     * The gateway's cost section, its sentences in {@code locale}'s language (which is part of the cache key).
     * With a period and the data version the caller has read, an answer cached for that version is served
     * without reading the merchant.
     */
    public CostSummary summary(Caller caller, String merchantId, LocalDate from, LocalDate to, Long dataVersion,
            Locale locale) {
        CostWording wording = new CostWording(messages, locale);
        return metrics.time("summary", () -> {
            if (from != null && to != null && dataVersion != null) {
                merchants.requireVisible(caller, merchantId);
                Optional<CostSummary> known = cache.storedFor("summary", merchantId, dataVersion,
                        MerchantCache.parameters(from, to, wording.language()), CostSummary.class);
                if (known.isPresent()) {
                    return known.get();
                }
            }
            MerchantDocument merchant = merchants.require(caller, merchantId);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            return cache.get("summary", merchant, MerchantCache.parameters(period.from(), period.to(),
                    wording.language()), CostSummary.class, () -> summary(findings(merchant, period, wording), wording));
        });
    }

    private CostFindings findings(MerchantDocument merchant, ReportingPeriod period, CostWording wording) {
        PeriodLedger ledger = rollups.ledger(merchant.id(), period);
        DataCompleteness completeness = DataCompleteness.of(ledger, period.days(), wording);
        List<RatioComparison> comparisons = benchmarks.compare(merchant, ledger, completeness, wording);
        AnomalyReport found = anomalies.compute(merchant, period, wording);
        boolean labourHigh = comparisons.stream()
                .anyMatch(c -> c.ratio().equals("LABOUR_PCT") && RatioComparison.ABOVE.equals(c.position()));
        return new CostFindings(merchant, period, ledger, completeness, fees.checks(merchant, ledger), comparisons,
                found, labourHigh ? hours.scan(merchant, period) : null);
    }

    private CostSummary summary(CostFindings findings, CostWording wording) {
        PeriodLedger ledger = findings.ledger();
        DataCompleteness completeness = findings.completeness();
        BigDecimal revenue = ledger.revenue();
        BigDecimal primeCost = StructureService.primeCost(findings.merchant(), ledger);
        BigDecimal overcharge = findings.fees().stream().map(ChannelFeeCheck::overcharge)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // Unknown margins are null, never the 100% that missing cost records would give.
        return new CostSummary(findings.merchant().id(), findings.merchant().dataVersion(), findings.period().from(),
                findings.period().to(), Money.cents(revenue),
                completeness.grossMargin().given()
                        ? Money.percent(revenue.subtract(ledger.cost(CostCategory.COGS)), revenue) : null,
                completeness.netMargin().given() ? RevenueShares.of(ledger).netMargin() : null,
                primeCost == null ? null : Money.percent(primeCost, revenue), leaks(findings, wording),
                Money.cents(overcharge), rules.actions(findings, wording), completeness, risks.actions(findings, wording));
    }

    /** The largest amounts paid beyond a contract, a benchmark's top or a line's own pattern, over the period. */
    private static List<Leak> leaks(CostFindings findings, CostWording wording) {
        List<Leak> leaks = new ArrayList<>();
        for (ChannelFeeCheck check : findings.fees()) {
            if (check.overcharge().signum() > 0) {
                leaks.add(new Leak(CostCategory.PAYMENT_FEES.name(), check.overcharge(), wording.text("leak.fees",
                        wording.channel(check.channel()), check.effectiveRatePct(), check.contractRatePct())));
            }
        }
        for (RatioComparison comparison : findings.benchmarks()) {
            CostCategory category = COST_RATIOS.get(comparison.ratio());
            if (category != null && RatioComparison.ABOVE.equals(comparison.position())) {
                BigDecimal amount = Money.cents(findings.ledger().revenue().multiply(comparison.deviationPoints())
                        .movePointLeft(2));
                leaks.add(new Leak(category.name(), amount, comparison.assessment()));
            }
        }
        for (Anomaly anomaly : findings.anomalies().anomalies()) {
            CostCategory category = CostCategory.valueOf(anomaly.category());
            if (anomaly.difference().signum() > 0 && category != CostCategory.TAX) {
                leaks.add(new Leak(anomaly.category(), anomaly.difference(), wording.text("leak.anomaly",
                        wording.month(YearMonth.parse(anomaly.month())), wording.line(category),
                        wording.text("anomaly.kind." + anomaly.type()), anomaly.amount(), anomaly.expected())));
            }
        }
        return leaks.stream().sorted(Comparator.comparing(Leak::amountYuan).reversed()).limit(TOP_LEAKS).toList();
    }
}
