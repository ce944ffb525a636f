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
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.Money;

/**
 * Turns findings into recommendations with a yuan-per-month estimate. Confidence reflects how sure the
 * finding is (a contract breach is a fact; a benchmark is a range from elsewhere) and how much is in the
 * merchant's hands (fees can be disputed, rent rarely moves before the lease ends).
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
                "Food and goods cost", new BigDecimal("0.5"), actions, findings.anomalies().anomalies().stream()
                        .anyMatch(a -> a.category().equals("COGS") && a.difference().signum() > 0));
        staffing(findings, actions);
        aboveBenchmark(findings, "OCCUPANCY_PCT", CostCategory.OCCUPANCY,
                "Renegotiate rent at renewal or sublet unused space", "Rent", new BigDecimal("0.3"), actions, false);
        aboveBenchmark(findings, "MARKETING_PCT", CostCategory.MARKETING, "Cut marketing that brings no repeat customers",
                "Marketing", new BigDecimal("0.4"), actions, false);
        aboveBenchmark(findings, "UTILITIES_PCT", CostCategory.UTILITIES, "Check equipment and tariffs for energy waste",
                "Utilities", new BigDecimal("0.4"), actions, findings.anomalies().anomalies().stream()
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
            if (!"OVERCHARGED".equals(check.status())) {
                continue;
            }
            actions.add(new Action("Claim back " + name(check.channel()) + " fees above the contracted rate",
                    "payment-fees", Money.perMonth(check.overcharge(), days),
                    name(check.channel()) + " charged " + check.effectiveRatePct() + "% on ¥" + Money.cents(check.sales())
                            + " of sales from " + findings.period().from() + " to " + findings.period().to()
                            + " against a contracted " + check.contractRatePct() + "%: ¥" + check.overcharge()
                            + " too much",
                    new BigDecimal("0.90")));
        }
    }

    private void channelMix(CostFindings findings, long days, List<Action> actions) {
        ChannelFeeCheck cheapest = findings.fees().stream()
                .filter(check -> TILL_CHANNELS.contains(check.channel()) && check.sales().signum() > 0)
                .min(Comparator.comparing(check -> Money.divide(check.fees(), check.sales())))
                .orElse(null);
        if (cheapest == null) {
            return;
        }
        BigDecimal cheapRate = Money.divide(cheapest.fees(), cheapest.sales());
        for (ChannelFeeCheck check : findings.fees()) {
            if (check == cheapest || !TILL_CHANNELS.contains(check.channel()) || check.sales().signum() <= 0) {
                continue;
            }
            BigDecimal gap = Money.divide(check.fees(), check.sales()).subtract(cheapRate);
            if (gap.compareTo(MIN_RATE_GAP) < 0) {
                continue;
            }
            BigDecimal impact = Money.perMonth(check.sales().multiply(settings.channelShiftShare()).multiply(gap), days);
            actions.add(new Action("Steer customers from " + name(check.channel()) + " to " + name(cheapest.channel()),
                    "payment-fees", impact,
                    name(check.channel()) + " costs " + check.effectiveRatePct() + "% against " + cheapest.effectiveRatePct()
                            + "% for " + name(cheapest.channel()) + "; moving "
                            + settings.channelShiftShare().movePointRight(2).stripTrailingZeros().toPlainString()
                            + "% of its ¥" + Money.perMonth(check.sales(), days) + " monthly sales saves the difference",
                    new BigDecimal("0.50")));
        }
        BigDecimal delivery = findings.ledger().salesByChannel().getOrDefault(PaymentChannel.DELIVERY_PLATFORM, BigDecimal.ZERO);
        BigDecimal commission = findings.ledger().cost(CostCategory.PLATFORM_COMMISSION);
        if (delivery.signum() > 0 && commission.signum() > 0) {
            BigDecimal commissionRate = Money.divide(commission, delivery);
            BigDecimal gap = commissionRate.subtract(cheapRate);
            if (gap.compareTo(MIN_RATE_GAP) >= 0) {
                actions.add(new Action("Move regular delivery customers to your own ordering channel", "platform-commission",
                        Money.perMonth(delivery.multiply(settings.channelShiftShare()).multiply(gap), days),
                        "Delivery platforms took " + Money.ratePercent(commission, delivery) + "% of ¥"
                                + Money.perMonth(delivery, days) + " monthly delivery sales against "
                                + cheapest.effectiveRatePct() + "% through " + name(cheapest.channel()),
                        new BigDecimal("0.40")));
            }
        }
    }

    private static void anomalies(CostFindings findings, List<Action> actions) {
        for (Anomaly anomaly : findings.anomalies().anomalies()) {
            if (anomaly.difference().signum() <= 0) {
                continue;
            }
            boolean step = anomaly.type().startsWith("STEP");
            String line = anomaly.category().toLowerCase(Locale.ROOT).replace('_', '-');
            String title = switch (anomaly.category()) {
                case "COGS" -> "Review suppliers after the COGS jump in " + anomaly.month();
                case "UTILITIES" -> "Check the " + anomaly.month() + " utilities bill and meters";
                default -> "Check why " + line + " rose in " + anomaly.month();
            };
            String days = anomaly.days().stream().limit(3)
                    .map(day -> day.date() + " ¥" + day.amount()).reduce((a, b) -> a + ", " + b).orElse("");
            actions.add(new Action(title, line, anomaly.difference(),
                    line + " was ¥" + anomaly.amount() + " in " + anomaly.month() + " against ¥" + anomaly.expected()
                            + " expected (" + anomaly.baseline() + ")" + (step ? ", and stayed at the new level" : "")
                            + (days.isEmpty() ? "" : "; largest days: " + days),
                    step ? new BigDecimal("0.70") : new BigDecimal("0.60")));
        }
    }

    private static void aboveBenchmark(CostFindings findings, String ratio, CostCategory category, String title,
            String what, BigDecimal confidence, List<Action> actions, boolean alreadyCovered) {
        RatioComparison comparison = findings.benchmark(ratio);
        if (comparison == null || alreadyCovered || !"ABOVE".equals(comparison.position())) {
            return;
        }
        actions.add(new Action(title, category.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                excessPerMonth(findings, comparison),
                what + " is " + comparison.assessment() + " (" + comparison.source().publisher() + ")",
                adjusted(confidence, comparison)));
    }

    private static void staffing(CostFindings findings, List<Action> actions) {
        RatioComparison labour = findings.benchmark("LABOUR_PCT");
        if (labour == null || !"ABOVE".equals(labour.position()) || findings.hourlySales() == null) {
            return;
        }
        List<Integer> quiet = findings.hourlySales().quietHours(QUIET_HOUR_SHARE);
        String hours = quiet.stream().sorted().map(hour -> String.format(Locale.ROOT, "%02d:00", hour))
                .reduce((a, b) -> a + ", " + b).orElse("none");
        actions.add(new Action("Match staffing to hourly sales", "labour", excessPerMonth(findings, labour),
                "Labour is " + labour.assessment() + " (" + labour.source().publisher() + "); the quietest open hours ("
                        + hours + ") bring " + findings.hourlySales().share(quiet) + "% of sales",
                adjusted(new BigDecimal("0.50"), labour)));
    }

    /** The yuan per month that being at the top of the range instead would save. */
    private static BigDecimal excessPerMonth(CostFindings findings, RatioComparison comparison) {
        BigDecimal excess = findings.ledger().revenue().multiply(comparison.deviationPoints()).movePointLeft(2);
        return Money.perMonth(excess, findings.period().days());
    }

    private static BigDecimal adjusted(BigDecimal confidence, RatioComparison comparison) {
        return (comparison.estimate() ? confidence.multiply(ESTIMATE_DISCOUNT) : confidence).setScale(2, RoundingMode.HALF_UP);
    }

    private static String name(PaymentChannel channel) {
        return switch (channel) {
            case WECHAT_PAY -> "WeChat Pay";
            case ALIPAY -> "Alipay";
            case UNIONPAY_CARD -> "UnionPay card";
            case CASH -> "cash";
            case DELIVERY_PLATFORM -> "the delivery platform";
            case BANK_TRANSFER -> "bank transfer";
        };
    }
}
