package com.merchantanalysis.costs.benchmark.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.CostWording;

/**
 * A ratio the benchmark file gives ranges for, how it is read off a merchant's ledger, and how a sentence
 * names it (the messages {@code ratio.<name>.subject} and {@code .base}: "Cost of goods is 73.67% of revenue").
 */
public enum BenchmarkRatio {
    COGS_PCT(true),
    LABOUR_PCT(true),
    PRIME_COST_PCT(true),
    OCCUPANCY_PCT(true),
    UTILITIES_PCT(true),
    MARKETING_PCT(true),
    PLATFORM_COMMISSION_RATE(true),
    FEE_RATE_WECHAT_PAY(true),
    FEE_RATE_ALIPAY(true),
    FEE_RATE_UNIONPAY_CARD(true),
    NET_MARGIN_PCT(false),
    COST_RATE_PCT(true);

    private final boolean higherIsWorse;

    BenchmarkRatio(boolean higherIsWorse) {
        this.higherIsWorse = higherIsWorse;
    }

    /** What is measured, as a sentence names it: 进货成本 / Cost of goods. */
    public String subject(CostWording wording) {
        return wording.text("ratio." + name() + ".subject");
    }

    /** What the percentage is of: 营业收入 / revenue. */
    public String base(CostWording wording) {
        return wording.text("ratio." + name() + ".base");
    }

    /** Whether being above the range is the bad side (true for costs, false for margins). */
    public boolean higherIsWorse() {
        return higherIsWorse;
    }

    /**
     * Whether the ratio says anything about this merchant: a channel's fee rate needs sales through it, the
     * platform commission delivery sales.
     */
    public boolean appliesTo(PeriodLedger ledger) {
        return switch (this) {
            case PLATFORM_COMMISSION_RATE -> sales(ledger, PaymentChannel.DELIVERY_PLATFORM).signum() > 0;
            case FEE_RATE_WECHAT_PAY -> sales(ledger, PaymentChannel.WECHAT_PAY).signum() > 0;
            case FEE_RATE_ALIPAY -> sales(ledger, PaymentChannel.ALIPAY).signum() > 0;
            case FEE_RATE_UNIONPAY_CARD -> sales(ledger, PaymentChannel.UNIONPAY_CARD).signum() > 0;
            default -> true;
        };
    }

    /**
     * Why the merchant's value cannot be known, or null when it can: a line without records reads as 0%,
     * which would always look good.
     */
    public String unknownBecause(PeriodLedger ledger, DataCompleteness completeness, CostWording wording) {
        if (ledger.revenue().signum() <= 0) {
            return wording.text("reason.noSales");
        }
        return switch (this) {
            case COGS_PCT -> missing(ledger, wording, CostCategory.COGS);
            case LABOUR_PCT -> missing(ledger, wording, CostCategory.LABOUR);
            case PRIME_COST_PCT -> missing(ledger, wording, CostCategory.COGS, CostCategory.LABOUR);
            case OCCUPANCY_PCT -> missing(ledger, wording, CostCategory.OCCUPANCY);
            case UTILITIES_PCT -> missing(ledger, wording, CostCategory.UTILITIES);
            case MARKETING_PCT -> missing(ledger, wording, CostCategory.MARKETING);
            case PLATFORM_COMMISSION_RATE -> missing(ledger, wording, CostCategory.PLATFORM_COMMISSION);
            case FEE_RATE_WECHAT_PAY -> noFees(ledger, wording, PaymentChannel.WECHAT_PAY);
            case FEE_RATE_ALIPAY -> noFees(ledger, wording, PaymentChannel.ALIPAY);
            case FEE_RATE_UNIONPAY_CARD -> noFees(ledger, wording, PaymentChannel.UNIONPAY_CARD);
            case NET_MARGIN_PCT, COST_RATE_PCT -> completeness.netMargin().given() ? null : completeness.netMargin().reason();
        };
    }

    /** The merchant's value in percent, or null when the ledger cannot tell (no revenue, no such sales). */
    public BigDecimal valueOf(PeriodLedger ledger) {
        BigDecimal revenue = ledger.revenue();
        return switch (this) {
            case COGS_PCT -> Money.percent(ledger.cost(CostCategory.COGS), revenue);
            case LABOUR_PCT -> Money.percent(ledger.cost(CostCategory.LABOUR), revenue);
            case PRIME_COST_PCT -> Money.percent(ledger.cost(CostCategory.COGS).add(ledger.cost(CostCategory.LABOUR)), revenue);
            case OCCUPANCY_PCT -> Money.percent(ledger.cost(CostCategory.OCCUPANCY), revenue);
            case UTILITIES_PCT -> Money.percent(ledger.cost(CostCategory.UTILITIES), revenue);
            case MARKETING_PCT -> Money.percent(ledger.cost(CostCategory.MARKETING), revenue);
            case PLATFORM_COMMISSION_RATE -> Money.percent(ledger.cost(CostCategory.PLATFORM_COMMISSION),
                    sales(ledger, PaymentChannel.DELIVERY_PLATFORM));
            case FEE_RATE_WECHAT_PAY -> feeRate(ledger, PaymentChannel.WECHAT_PAY);
            case FEE_RATE_ALIPAY -> feeRate(ledger, PaymentChannel.ALIPAY);
            case FEE_RATE_UNIONPAY_CARD -> feeRate(ledger, PaymentChannel.UNIONPAY_CARD);
            case NET_MARGIN_PCT -> Money.percent(ledger.netProfit(), revenue);
            case COST_RATE_PCT -> Money.percent(ledger.totalCosts(), revenue);
        };
    }

    private static String missing(PeriodLedger ledger, CostWording wording, CostCategory... lines) {
        List<CostCategory> none = Arrays.stream(lines).filter(line -> !ledger.has(line)).toList();
        return none.isEmpty() ? null : DataCompleteness.noRecordsOf(none, wording);
    }

    private static String noFees(PeriodLedger ledger, CostWording wording, PaymentChannel channel) {
        return ledger.feesByChannel().getOrDefault(channel, BigDecimal.ZERO).signum() != 0 ? null
                : wording.text("reason.noFees", wording.channel(channel));
    }

    private static BigDecimal sales(PeriodLedger ledger, PaymentChannel channel) {
        return ledger.salesByChannel().getOrDefault(channel, BigDecimal.ZERO);
    }

    private static BigDecimal feeRate(PeriodLedger ledger, PaymentChannel channel) {
        return Money.ratePercent(ledger.feesByChannel().getOrDefault(channel, BigDecimal.ZERO), sales(ledger, channel));
    }
}
