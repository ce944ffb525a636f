package com.merchantanalysis.compliance.outlook.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.compliance.check.domain.CheckService;
import com.merchantanalysis.compliance.engine.ComplianceEngine;
import com.merchantanalysis.compliance.engine.MonthAggregate;
import com.merchantanalysis.compliance.engine.PeriodAggregates;
import com.merchantanalysis.compliance.engine.rules.CostRevenueRatioRule;
import com.merchantanalysis.compliance.engine.rules.DisputeRatioRule;
import com.merchantanalysis.compliance.licence.domain.LicenceExpiry;
import com.merchantanalysis.compliance.rules.domain.RuleCatalogue;
import com.merchantanalysis.compliance.rules.model.RuleParameters;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.springframework.stereotype.Service;

/**
 * Near misses over the default period, breach forecasts for the ratio rules (dispute ratio per programme,
 * cost-to-revenue band) for the month after the last day with data, using the rule version in force then,
 * and days until each licence expires as of today.
 */
@Service
public class OutlookService {

    private final MerchantReader merchants;
    private final CheckService checks;
    private final TransactionDays transactions;
    private final RuleCatalogue catalogue;
    private final LicenceExpiry licences;
    private final OutlookSettings settings;
    private final Clock clock;

    OutlookService(MerchantReader merchants, CheckService checks, TransactionDays transactions,
            RuleCatalogue catalogue, LicenceExpiry licences, OutlookSettings settings, Clock clock) {
        this.merchants = merchants;
        this.checks = checks;
        this.transactions = transactions;
        this.catalogue = catalogue;
        this.licences = licences;
        this.settings = settings;
        this.clock = clock;
    }

    public Outlook outlook(Caller caller, String merchantId) {
        MerchantDocument merchant = merchants.require(caller, merchantId);
        ReportingPeriod recent = checks.periodOrDefault(merchant, null, null);
        var result = checks.evaluate(merchant, recent, checks.selection(null));
        LocalDate asOf = recent.to();
        LocalDate historyFrom = YearMonth.from(asOf).minusMonths(settings.historyMonths() - 1L).atDay(1);
        PeriodAggregates history;
        try (Stream<TransactionDocument> read = transactions.stream(merchant, historyFrom, asOf)) {
            history = ComplianceEngine.aggregate(merchant, historyFrom, asOf, read.iterator());
        }
        YearMonth next = YearMonth.from(asOf).plusMonths(1);
        List<RatioForecast> forecasts = new ArrayList<>();
        forecasts.addAll(disputeForecasts(history, next));
        forecasts.addAll(costForecasts(merchant, history, next));
        LocalDate today = merchant.today(clock);
        return new Outlook(merchant.id(), merchant.dataVersion(), asOf, recent.from(), result.nearMisses(), forecasts,
                today, licences.review(merchant, today).licences());
    }

    private List<RatioForecast> disputeForecasts(PeriodAggregates history, YearMonth next) {
        RuleVersion version = catalogue.rule(DisputeRatioRule.ID).flatMap(r -> r.inForceOn(next.atDay(1))).orElse(null);
        if (version == null) {
            return List.of();
        }
        List<Double> ratios = new ArrayList<>();
        List<Long> sales = new ArrayList<>();
        for (MonthAggregate month : history.months().values()) {
            var counts = DisputeRatioRule.counts(month, version);
            if (counts.sales() > 0) {
                ratios.add((double) counts.disputes() / counts.sales());
                sales.add(counts.sales());
            }
        }
        if (ratios.isEmpty()) {
            return List.of();
        }
        double expectedSales = sales.subList(Math.max(0, sales.size() - 3), sales.size()).stream()
                .mapToLong(Long::longValue).average().orElse(0);
        RatioTrend.Prediction prediction = RatioTrend.predict(toArray(ratios), expectedSales);
        List<RatioForecast> forecasts = new ArrayList<>();
        for (DisputeRatioRule.Programme programme : DisputeRatioRule.programmes(version)) {
            forecasts.add(forecast(version, next, Message.of("outlook.line.programme", Arg.text(programme.name()),
                    Arg.number(programme.minDisputes())), programme.ratio(), ratios, prediction,
                    prediction.probabilityAtOrAbove(programme.ratio().doubleValue())));
        }
        return forecasts;
    }

    private List<RatioForecast> costForecasts(MerchantDocument merchant, PeriodAggregates history, YearMonth next) {
        RuleVersion version = catalogue.rule(CostRevenueRatioRule.ID).flatMap(r -> r.inForceOn(next.atDay(1)))
                .orElse(null);
        if (version == null) {
            return List.of();
        }
        List<Double> ratios = new ArrayList<>();
        for (MonthAggregate month : history.months().values()) {
            long revenue = CostRevenueRatioRule.revenueCents(month);
            if (revenue > 0) {
                ratios.add((double) CostRevenueRatioRule.costCents(month, version.parameters()) / revenue);
            }
        }
        if (ratios.isEmpty()) {
            return List.of();
        }
        RatioTrend.Prediction prediction = RatioTrend.predict(toArray(ratios), 0);
        RuleParameters norm = CostRevenueRatioRule.norm(version.parameters(), merchant.industry());
        BigDecimal high = norm.decimal("high");
        BigDecimal low = norm.decimal("low");
        return List.of(
                forecast(version, next, Message.of("outlook.line.above-range"), high, ratios, prediction,
                        prediction.probabilityAtOrAbove(high.doubleValue())),
                forecast(version, next, Message.of("outlook.line.below-range"), low, ratios, prediction,
                        prediction.probabilityAtOrBelow(low.doubleValue())));
    }

    private static RatioForecast forecast(RuleVersion version, YearMonth month, Message line, BigDecimal threshold,
            List<Double> ratios, RatioTrend.Prediction prediction, double probability) {
        return new RatioForecast(version.ruleId(), version.version(), month, line, threshold,
                decimal(ratios.get(ratios.size() - 1), 6), decimal(prediction.expected(), 6),
                decimal(prediction.slope(), 6), prediction.months(), decimal(probability, 4));
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
