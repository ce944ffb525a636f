package com.merchantanalysis.costs.action.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.costs.action.model.Action;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport.Anomaly;
import com.merchantanalysis.costs.benchmark.model.BenchmarkReport.RatioComparison;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.feeaudit.domain.ChannelFeeCheck;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.CostWording;

/**
 * Turns findings into savings: each with its yuan per month, a saving or a cost avoided, and the
 * derivation of that figure. Confidence reflects how sure the finding is (a contract breach is a fact; a
 * benchmark is a range from elsewhere) and how much is in the merchant's hands (fees can be disputed, rent
 * rarely moves before the lease ends). Recommendations without a yuan figure are {@link RiskRules}'.
 */
final class ActionRules {

    /** Channels a customer can be asked to switch between at the till. */
    private static final Set<PaymentChannel> TILL_CHANNELS = Set.of(PaymentChannel.WECHAT_PAY, PaymentChannel.ALIPAY,
            PaymentChannel.UNIONPAY_CARD);
    /** A rate difference below this (0.05 points) is not worth asking customers to change how they pay. */
    private static final BigDecimal MIN_RATE_GAP = new BigDecimal("0.0005");
    /** An hour with less than this share of the day's sales is quiet. */
    private static final BigDecimal QUIET_HOUR_SHARE = new BigDecimal("0.03");
    private static final BigDecimal ESTIMATE_DISCOUNT = new BigDecimal("0.8");

    private final CostSettings.Actions settings;

    ActionRules(CostSettings.Actions settings) {
        this.settings = settings;
    }

    /** The savings worth an owner's time, best first, their sentences in {@code wording}'s language. */
    List<Action> actions(CostFindings findings, CostWording wording) {
        List<Action> actions = new ArrayList<>();
        long days = findings.period().days();
        feeOvercharges(findings, days, wording, actions);
        channelMix(findings, days, wording, actions);
        anomalies(findings, wording, actions);
        aboveBenchmark(findings, "COGS_PCT", CostCategory.COGS, new BigDecimal("0.5"), wording, actions,
                findings.anomalies().anomalies().stream()
                        .anyMatch(a -> a.category().equals("COGS") && a.difference().signum() > 0));
        staffing(findings, wording, actions);
        aboveBenchmark(findings, "OCCUPANCY_PCT", CostCategory.OCCUPANCY, new BigDecimal("0.3"), wording, actions, false);
        aboveBenchmark(findings, "MARKETING_PCT", CostCategory.MARKETING, new BigDecimal("0.4"), wording, actions, false);
        aboveBenchmark(findings, "UTILITIES_PCT", CostCategory.UTILITIES, new BigDecimal("0.4"), wording, actions,
                findings.anomalies().anomalies().stream().anyMatch(a -> a.category().equals("UTILITIES")));
        return actions.stream()
                .filter(action -> action.monthlyImpactYuan().compareTo(settings.minMonthlyImpact()) >= 0)
                .sorted(Comparator.comparing((Action action) -> action.monthlyImpactYuan().multiply(action.confidence()))
                        .reversed().thenComparing(Action::category).thenComparing(Action::title))
                .limit(settings.maxActions())
                .toList();
    }

    private static void feeOvercharges(CostFindings findings, long days, CostWording wording, List<Action> actions) {
        for (ChannelFeeCheck check : findings.fees()) {
            if (!ChannelFeeCheck.OVERCHARGED.equals(check.status())) {
                continue;
            }
            String channel = wording.channel(check.channel());
            BigDecimal impact = Money.perMonth(check.overcharge(), days);
            // overcharge = excess rate × sales, so per month = excess rate × monthly sales.
            BigDecimal excessPoints = check.overcharge().multiply(Money.HUNDRED).divide(check.sales(), 4, RoundingMode.HALF_UP);
            actions.add(new Action(wording.text("action.claimFees.title", channel), "payment-fees", impact,
                    wording.text("action.claimFees.evidence", channel, check.effectiveRatePct(),
                            Money.cents(check.sales()), wording.day(findings.period().from()),
                            wording.day(findings.period().to()), check.contractRatePct(), check.overcharge()),
                    new BigDecimal("0.90"),
                    wording.text("action.claimFees.derivation", excessPoints, check.contractRatePct(), channel,
                            Money.perMonth(check.sales(), days), impact, days, check.overcharge())));
        }
    }

    private void channelMix(CostFindings findings, long days, CostWording wording, List<Action> actions) {
        ChannelFeeCheck cheapest = findings.fees().stream()
                .filter(check -> TILL_CHANNELS.contains(check.channel()) && check.sales().signum() > 0)
                .min(Comparator.comparing(ActionRules::rateAfterClaim))
                .orElse(null);
        if (cheapest == null) {
            return;
        }
        BigDecimal cheapRate = rateAfterClaim(cheapest);
        String cheapName = wording.channel(cheapest.channel());
        BigDecimal share = settings.channelShiftShare().movePointRight(2);
        for (ChannelFeeCheck check : findings.fees()) {
            if (check == cheapest || !TILL_CHANNELS.contains(check.channel()) || check.sales().signum() <= 0) {
                continue;
            }
            BigDecimal rate = rateAfterClaim(check);
            BigDecimal gap = rate.subtract(cheapRate);
            if (gap.compareTo(MIN_RATE_GAP) < 0) {
                continue;
            }
            String name = wording.channel(check.channel());
            BigDecimal impact = Money.perMonth(check.sales().multiply(settings.channelShiftShare()).multiply(gap), days);
            actions.add(new Action(wording.text("action.steer.title", name, cheapName), "payment-fees", impact,
                    wording.text("action.steer.evidence", name, percent(rate), cheapName, percent(cheapRate)),
                    new BigDecimal("0.50"),
                    wording.text("action.steer.derivation", share, name, Money.perMonth(check.sales(), days),
                            cheapName, percent(gap), impact)));
        }
        BigDecimal delivery = findings.ledger().salesByChannel().getOrDefault(PaymentChannel.DELIVERY_PLATFORM, BigDecimal.ZERO);
        BigDecimal commission = findings.ledger().cost(CostCategory.PLATFORM_COMMISSION);
        if (delivery.signum() > 0 && commission.signum() > 0) {
            BigDecimal commissionRate = Money.divide(commission, delivery);
            BigDecimal gap = commissionRate.subtract(cheapRate);
            if (gap.compareTo(MIN_RATE_GAP) >= 0) {
                BigDecimal impact = Money.perMonth(delivery.multiply(settings.channelShiftShare()).multiply(gap), days);
                actions.add(new Action(wording.text("action.ownChannel.title"), "platform-commission", impact,
                        wording.text("action.ownChannel.evidence", Money.ratePercent(commission, delivery),
                                Money.perMonth(delivery, days), percent(cheapRate), cheapName),
                        new BigDecimal("0.40"),
                        wording.text("action.ownChannel.derivation", share, Money.perMonth(delivery, days), cheapName,
                                percent(gap), impact)));
            }
        }
    }

    /**
     * What a channel costs once an overcharge is claimed back: its contracted rate. Else steering customers
     * away from an overcharging channel would count the overcharge a second time.
     */
    private static BigDecimal rateAfterClaim(ChannelFeeCheck check) {
        return ChannelFeeCheck.OVERCHARGED.equals(check.status()) ? check.contractRate()
                : Money.divide(check.fees(), check.sales());
    }

    private static void anomalies(CostFindings findings, CostWording wording, List<Action> actions) {
        for (Anomaly anomaly : findings.anomalies().anomalies()) {
            CostCategory category = CostCategory.valueOf(anomaly.category());
            // Tax follows sales and the law; a rise in it is nothing to cut.
            if (anomaly.difference().signum() <= 0 || category == CostCategory.TAX) {
                continue;
            }
            boolean step = anomaly.type().startsWith("STEP");
            String month = wording.month(YearMonth.parse(anomaly.month()));
            String line = wording.line(category);
            String title = switch (category) {
                case COGS, UTILITIES -> wording.text("action.anomaly.title." + category.name(), month);
                default -> wording.text("action.anomaly.title", line, month);
            };
            List<String> largest = anomaly.days().stream().limit(3)
                    .map(day -> wording.text("action.anomaly.day", wording.day(day.date()), day.amount())).toList();
            actions.add(new Action(title, category.name().toLowerCase(Locale.ROOT).replace('_', '-'), anomaly.difference(),
                    wording.text("action.anomaly.evidence", month, line, anomaly.amount(), anomaly.expected(),
                            anomaly.baseline(), step ? wording.text("action.anomaly.stayed") : "",
                            largest.isEmpty() ? "" : wording.text("action.anomaly.days", wording.and(largest))),
                    step ? new BigDecimal("0.70") : new BigDecimal("0.60"),
                    wording.text(step ? "action.anomaly.derivation.step" : "action.anomaly.derivation", month,
                            anomaly.amount(), anomaly.expected(), anomaly.difference())));
        }
    }

    private static void aboveBenchmark(CostFindings findings, String ratio, CostCategory category, BigDecimal confidence,
            CostWording wording, List<Action> actions, boolean alreadyCovered) {
        RatioComparison comparison = findings.benchmark(ratio);
        if (comparison == null || alreadyCovered || !RatioComparison.ABOVE.equals(comparison.position())) {
            return;
        }
        actions.add(new Action(wording.text("action.benchmark.title." + category.name()),
                category.name().toLowerCase(Locale.ROOT).replace('_', '-'), excessPerMonth(findings, comparison),
                wording.text("action.benchmark.evidence", comparison.assessment(), comparison.source().publisher()),
                adjusted(confidence, comparison), excessDerivation(findings, comparison, wording)));
    }

    private static void staffing(CostFindings findings, CostWording wording, List<Action> actions) {
        RatioComparison labour = findings.benchmark("LABOUR_PCT");
        if (labour == null || !RatioComparison.ABOVE.equals(labour.position()) || findings.hourlySales() == null) {
            return;
        }
        List<Integer> quiet = findings.hourlySales().quietHours(QUIET_HOUR_SHARE);
        // A sentence names at most the three quietest hours; the share is of all the quiet ones.
        List<String> named = quiet.stream().limit(3).sorted()
                .map(wording::hour)
                .toList();
        String hours = quiet.size() <= named.size() ? wording.and(named)
                : wording.text("action.staffing.quietest", wording.and(named));
        actions.add(new Action(wording.text("action.staffing.title"), "labour", excessPerMonth(findings, labour),
                quiet.isEmpty()
                        ? wording.text("action.staffing.evidence.noQuietHours", labour.assessment(),
                                labour.source().publisher())
                        : wording.text("action.staffing.evidence", labour.assessment(), labour.source().publisher(),
                                quiet.size(), hours, findings.hourlySales().share(quiet)),
                adjusted(new BigDecimal("0.50"), labour), excessDerivation(findings, labour, wording)));
    }

    /** The yuan per month that being at the top of the range instead would save. */
    private static BigDecimal excessPerMonth(CostFindings findings, RatioComparison comparison) {
        BigDecimal excess = findings.ledger().revenue().multiply(comparison.deviationPoints()).movePointLeft(2);
        return Money.perMonth(excess, findings.period().days());
    }

    private static String excessDerivation(CostFindings findings, RatioComparison comparison, CostWording wording) {
        return wording.text("action.benchmark.derivation", comparison.deviationPoints(),
                Money.perMonth(findings.ledger().revenue(), findings.period().days()),
                excessPerMonth(findings, comparison));
    }

    private static BigDecimal adjusted(BigDecimal confidence, RatioComparison comparison) {
        return (comparison.estimate() ? confidence.multiply(ESTIMATE_DISCOUNT) : confidence).setScale(2, RoundingMode.HALF_UP);
    }

    /** A rate (0.006) in percent to three decimals (0.600). */
    private static BigDecimal percent(BigDecimal rate) {
        return rate.multiply(Money.HUNDRED).setScale(3, RoundingMode.HALF_UP);
    }
}
