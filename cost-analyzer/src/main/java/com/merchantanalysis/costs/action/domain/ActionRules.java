package com.merchantanalysis.costs.action.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import com.merchantanalysis.costs.ledger.ChannelNames;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.Sentences;

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

    List<Action> actions(CostFindings findings) {
        List<Action> actions = new ArrayList<>();
        long days = findings.period().days();
        feeOvercharges(findings, days, actions);
        channelMix(findings, days, actions);
        anomalies(findings, actions);
        aboveBenchmark(findings, "COGS_PCT", CostCategory.COGS, "Review suppliers and portion sizes",
                new BigDecimal("0.5"), actions, findings.anomalies().anomalies().stream()
                        .anyMatch(a -> a.category().equals("COGS") && a.difference().signum() > 0));
        staffing(findings, actions);
        aboveBenchmark(findings, "OCCUPANCY_PCT", CostCategory.OCCUPANCY,
                "Renegotiate rent at renewal or sublet unused space", new BigDecimal("0.3"), actions, false);
        aboveBenchmark(findings, "MARKETING_PCT", CostCategory.MARKETING, "Cut marketing that brings no repeat customers",
                new BigDecimal("0.4"), actions, false);
        aboveBenchmark(findings, "UTILITIES_PCT", CostCategory.UTILITIES, "Check equipment and tariffs for energy waste",
                new BigDecimal("0.4"), actions, findings.anomalies().anomalies().stream()
                        .anyMatch(a -> a.category().equals("UTILITIES")));
        return actions.stream()
                .filter(action -> action.monthlyImpactYuan().compareTo(settings.minMonthlyImpact()) >= 0)
                .sorted(Comparator.comparing((Action action) -> action.monthlyImpactYuan().multiply(action.confidence()))
                        .reversed().thenComparing(Action::title))
                .limit(settings.maxActions())
                .toList();
    }

    private static void feeOvercharges(CostFindings findings, long days, List<Action> actions) {
        for (ChannelFeeCheck check : findings.fees()) {
            if (!ChannelFeeCheck.OVERCHARGED.equals(check.status())) {
                continue;
            }
            String channel = ChannelNames.of(check.channel());
            BigDecimal impact = Money.perMonth(check.overcharge(), days);
            // overcharge = excess rate × sales, so per month = excess rate × monthly sales.
            BigDecimal excessPoints = check.overcharge().multiply(Money.HUNDRED).divide(check.sales(), 4, RoundingMode.HALF_UP);
            actions.add(new Action("Claim back " + channel + " fees above the contracted rate", "payment-fees", impact,
                    channel + " charged " + check.effectiveRatePct() + "% on " + Money.yuan(check.sales())
                            + " of sales from " + findings.period().from() + " to " + findings.period().to()
                            + " against a contracted " + check.contractRatePct() + "%: " + Money.yuan(check.overcharge())
                            + " too much.",
                    new BigDecimal("0.90"),
                    excessPoints.toPlainString() + " percentage points over the contracted " + check.contractRatePct()
                            + "% × " + Money.yuan(Money.perMonth(check.sales(), days)) + " monthly " + channel
                            + " sales ≈ " + Money.yuan(impact) + " a month (" + Money.yuan(check.overcharge())
                            + " over the period's " + days + " days)"));
        }
    }

    private void channelMix(CostFindings findings, long days, List<Action> actions) {
        ChannelFeeCheck cheapest = findings.fees().stream()
                .filter(check -> TILL_CHANNELS.contains(check.channel()) && check.sales().signum() > 0)
                .min(Comparator.comparing(ActionRules::rateAfterClaim))
                .orElse(null);
        if (cheapest == null) {
            return;
        }
        BigDecimal cheapRate = rateAfterClaim(cheapest);
        String cheapName = ChannelNames.of(cheapest.channel());
        String share = settings.channelShiftShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        for (ChannelFeeCheck check : findings.fees()) {
            if (check == cheapest || !TILL_CHANNELS.contains(check.channel()) || check.sales().signum() <= 0) {
                continue;
            }
            BigDecimal rate = rateAfterClaim(check);
            BigDecimal gap = rate.subtract(cheapRate);
            if (gap.compareTo(MIN_RATE_GAP) < 0) {
                continue;
            }
            String name = ChannelNames.of(check.channel());
            BigDecimal impact = Money.perMonth(check.sales().multiply(settings.channelShiftShare()).multiply(gap), days);
            actions.add(new Action("Steer customers from " + name + " to " + cheapName, "payment-fees", impact,
                    name + " costs " + percent(rate) + "% against " + percent(cheapRate) + "% for " + cheapName
                            + "; asking customers at the till to pay by " + cheapName + " moves part of its sales to the"
                            + " cheaper rate.",
                    new BigDecimal("0.50"),
                    share + " of " + Money.yuan(Money.perMonth(check.sales(), days)) + " monthly " + name + " sales × "
                            + percent(gap) + " percentage points cheaper through " + cheapName + " ≈ "
                            + Money.yuan(impact) + " a month"));
        }
        BigDecimal delivery = findings.ledger().salesByChannel().getOrDefault(PaymentChannel.DELIVERY_PLATFORM, BigDecimal.ZERO);
        BigDecimal commission = findings.ledger().cost(CostCategory.PLATFORM_COMMISSION);
        if (delivery.signum() > 0 && commission.signum() > 0) {
            BigDecimal commissionRate = Money.divide(commission, delivery);
            BigDecimal gap = commissionRate.subtract(cheapRate);
            if (gap.compareTo(MIN_RATE_GAP) >= 0) {
                BigDecimal impact = Money.perMonth(delivery.multiply(settings.channelShiftShare()).multiply(gap), days);
                actions.add(new Action("Move regular delivery customers to your own ordering channel", "platform-commission",
                        impact,
                        "Delivery platforms took " + Money.ratePercent(commission, delivery) + "% of "
                                + Money.yuan(Money.perMonth(delivery, days)) + " monthly delivery sales against "
                                + percent(cheapRate) + "% through " + cheapName + ".",
                        new BigDecimal("0.40"),
                        share + " of " + Money.yuan(Money.perMonth(delivery, days)) + " monthly delivery sales × "
                                + percent(gap) + " percentage points cheaper through " + cheapName + " ≈ "
                                + Money.yuan(impact) + " a month"));
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

    private static void anomalies(CostFindings findings, List<Action> actions) {
        for (Anomaly anomaly : findings.anomalies().anomalies()) {
            CostCategory category = CostCategory.valueOf(anomaly.category());
            // Tax follows sales and the law; a rise in it is nothing to cut.
            if (anomaly.difference().signum() <= 0 || category == CostCategory.TAX) {
                continue;
            }
            boolean step = anomaly.type().startsWith("STEP");
            String title = switch (category) {
                case COGS -> "Review suppliers after purchases jumped in " + anomaly.month();
                case UTILITIES -> "Check the " + anomaly.month() + " utilities bill and meters";
                default -> "Check why " + category.label() + " rose in " + anomaly.month();
            };
            String days = anomaly.days().stream().limit(3)
                    .map(day -> day.date() + " " + Money.yuan(day.amount())).reduce((a, b) -> a + ", " + b).orElse("");
            actions.add(new Action(title, category.name().toLowerCase(Locale.ROOT).replace('_', '-'), anomaly.difference(),
                    "In " + anomaly.month() + " " + category.label() + " came to " + Money.yuan(anomaly.amount())
                            + " against " + Money.yuan(anomaly.expected()) + " expected (" + anomaly.baseline() + ")"
                            + (step ? ", and stayed at the new level" : "")
                            + (days.isEmpty() ? "" : "; largest days: " + days) + ".",
                    step ? new BigDecimal("0.70") : new BigDecimal("0.60"),
                    step ? Money.yuan(anomaly.amount()) + " a month from " + anomaly.month() + " − "
                            + Money.yuan(anomaly.expected()) + " a month before = " + Money.yuan(anomaly.difference())
                            + " a month"
                            : Money.yuan(anomaly.amount()) + " booked in " + anomaly.month() + " − "
                                    + Money.yuan(anomaly.expected()) + " expected = " + Money.yuan(anomaly.difference())
                                    + ", that month's excess (what a wrong bill would give back once)"));
        }
    }

    private static void aboveBenchmark(CostFindings findings, String ratio, CostCategory category, String title,
            BigDecimal confidence, List<Action> actions, boolean alreadyCovered) {
        RatioComparison comparison = findings.benchmark(ratio);
        if (comparison == null || alreadyCovered || !RatioComparison.ABOVE.equals(comparison.position())) {
            return;
        }
        actions.add(new Action(title, category.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                excessPerMonth(findings, comparison),
                comparison.assessment() + " Source: " + comparison.source().publisher() + ".",
                adjusted(confidence, comparison), excessDerivation(findings, comparison)));
    }

    private static void staffing(CostFindings findings, List<Action> actions) {
        RatioComparison labour = findings.benchmark("LABOUR_PCT");
        if (labour == null || !RatioComparison.ABOVE.equals(labour.position()) || findings.hourlySales() == null) {
            return;
        }
        List<Integer> quiet = findings.hourlySales().quietHours(QUIET_HOUR_SHARE);
        List<String> hours = quiet.stream().sorted().map(hour -> String.format(Locale.ROOT, "%02d:00", hour)).toList();
        actions.add(new Action("Match staffing to hourly sales", "labour", excessPerMonth(findings, labour),
                labour.assessment() + " Source: " + labour.source().publisher() + ". The quietest open hours ("
                        + (hours.isEmpty() ? "none" : Sentences.and(hours)) + ") bring "
                        + findings.hourlySales().share(quiet) + "% of sales.",
                adjusted(new BigDecimal("0.50"), labour), excessDerivation(findings, labour)));
    }

    /** The yuan per month that being at the top of the range instead would save. */
    private static BigDecimal excessPerMonth(CostFindings findings, RatioComparison comparison) {
        BigDecimal excess = findings.ledger().revenue().multiply(comparison.deviationPoints()).movePointLeft(2);
        return Money.perMonth(excess, findings.period().days());
    }

    private static String excessDerivation(CostFindings findings, RatioComparison comparison) {
        return comparison.deviationPoints().toPlainString() + " percentage points above the top of the range × "
                + Money.yuan(Money.perMonth(findings.ledger().revenue(), findings.period().days()))
                + " monthly revenue ≈ " + Money.yuan(excessPerMonth(findings, comparison)) + " a month";
    }

    private static BigDecimal adjusted(BigDecimal confidence, RatioComparison comparison) {
        return (comparison.estimate() ? confidence.multiply(ESTIMATE_DISCOUNT) : confidence).setScale(2, RoundingMode.HALF_UP);
    }

    /** A rate (0.006) as a percent to three decimals (0.600). */
    private static String percent(BigDecimal rate) {
        return rate.multiply(Money.HUNDRED).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
