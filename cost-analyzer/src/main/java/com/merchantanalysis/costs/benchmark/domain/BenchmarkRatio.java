package com.merchantanalysis.costs.benchmark.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.costs.ledger.ChannelNames;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.Sentences;

/**
 * A ratio the benchmark file gives ranges for, how it is read off a merchant's ledger, and how a sentence
 * names it ("Cost of goods is 73.67% of revenue, …").
 */
public enum BenchmarkRatio {
    COGS_PCT("Cost of goods", "of revenue", true),
    LABOUR_PCT("Payroll", "of revenue", true),
    PRIME_COST_PCT("Prime cost (goods and payroll)", "of revenue", true),
    OCCUPANCY_PCT("Rent", "of revenue", true),
    UTILITIES_PCT("The utilities bill", "of revenue", true),
    MARKETING_PCT("Marketing", "of revenue", true),
    PLATFORM_COMMISSION_RATE("Platform commission", "of delivery-platform sales", true),
    FEE_RATE_WECHAT_PAY("The WeChat Pay fee", "of WeChat Pay sales", true),
    FEE_RATE_ALIPAY("The Alipay fee", "of Alipay sales", true),
    FEE_RATE_UNIONPAY_CARD("The card fee", "of card sales", true),
    NET_MARGIN_PCT("The net margin", "of revenue", false),
    COST_RATE_PCT("The total of all costs", "of revenue", true);

    private final String subject;
    private final String base;
    private final boolean higherIsWorse;

    BenchmarkRatio(String subject, String base, boolean higherIsWorse) {
        this.subject = subject;
        this.base = base;
        this.higherIsWorse = higherIsWorse;
    }

    /** "Cost of goods, % of revenue". */
    public String label() {
        return subject + ", % " + base;
    }

    /** The subject of a sentence about the ratio: "Cost of goods". */
    public String subject() {
        return subject;
    }

    /** What the percentage is of: "of revenue". */
    public String base() {
        return base;
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
    public String unknownBecause(PeriodLedger ledger, DataCompleteness completeness) {
        if (ledger.revenue().signum() <= 0) {
            return "no sales over the period";
        }
        return switch (this) {
            case COGS_PCT -> missing(ledger, CostCategory.COGS);
            case LABOUR_PCT -> missing(ledger, CostCategory.LABOUR);
            case PRIME_COST_PCT -> missing(ledger, CostCategory.COGS, CostCategory.LABOUR);
            case OCCUPANCY_PCT -> missing(ledger, CostCategory.OCCUPANCY);
            case UTILITIES_PCT -> missing(ledger, CostCategory.UTILITIES);
            case MARKETING_PCT -> missing(ledger, CostCategory.MARKETING);
            case PLATFORM_COMMISSION_RATE -> missing(ledger, CostCategory.PLATFORM_COMMISSION);
            case FEE_RATE_WECHAT_PAY -> noFees(ledger, PaymentChannel.WECHAT_PAY);
            case FEE_RATE_ALIPAY -> noFees(ledger, PaymentChannel.ALIPAY);
            case FEE_RATE_UNIONPAY_CARD -> noFees(ledger, PaymentChannel.UNIONPAY_CARD);
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

    private static String missing(PeriodLedger ledger, CostCategory... lines) {
        List<String> none = Arrays.stream(lines).filter(line -> !ledger.has(line)).map(CostCategory::label).toList();
        return none.isEmpty() ? null : "no records of " + Sentences.or(none) + " over the period";
    }

    private static String noFees(PeriodLedger ledger, PaymentChannel channel) {
        return ledger.feesByChannel().getOrDefault(channel, BigDecimal.ZERO).signum() != 0 ? null
                : "no fees recorded on " + ChannelNames.of(channel) + " sales over the period";
    }

    private static BigDecimal sales(PeriodLedger ledger, PaymentChannel channel) {
        return ledger.salesByChannel().getOrDefault(channel, BigDecimal.ZERO);
    }

    private static BigDecimal feeRate(PeriodLedger ledger, PaymentChannel channel) {
        return Money.ratePercent(ledger.feesByChannel().getOrDefault(channel, BigDecimal.ZERO), sales(ledger, channel));
    }
}
