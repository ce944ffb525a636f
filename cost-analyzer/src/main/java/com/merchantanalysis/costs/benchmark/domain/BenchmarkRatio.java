package com.merchantanalysis.costs.benchmark.domain;

import java.math.BigDecimal;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.PeriodLedger;

/** A ratio the benchmark file gives ranges for, and how it is read off a merchant's ledger. */
public enum BenchmarkRatio {
    COGS_PCT("COGS, % of revenue", true),
    LABOUR_PCT("Labour, % of revenue", true),
    PRIME_COST_PCT("Prime cost (COGS + labour), % of revenue", true),
    OCCUPANCY_PCT("Rent and occupancy, % of revenue", true),
    UTILITIES_PCT("Utilities, % of revenue", true),
    MARKETING_PCT("Marketing, % of revenue", true),
    PLATFORM_COMMISSION_RATE("Platform commission, % of delivery-platform sales", true),
    FEE_RATE_WECHAT_PAY("WeChat Pay fees, % of WeChat Pay sales", true),
    FEE_RATE_ALIPAY("Alipay fees, % of Alipay sales", true),
    FEE_RATE_UNIONPAY_CARD("Card fees, % of card sales", true),
    NET_MARGIN_PCT("Net margin, % of revenue", false),
    COST_RATE_PCT("All costs, % of revenue", true);

    private final String label;
    private final boolean higherIsWorse;

    BenchmarkRatio(String label, boolean higherIsWorse) {
        this.label = label;
        this.higherIsWorse = higherIsWorse;
    }

    public String label() {
        return label;
    }

    /** Whether being above the range is the bad side (true for costs, false for margins). */
    public boolean higherIsWorse() {
        return higherIsWorse;
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
                    ledger.salesByChannel().getOrDefault(PaymentChannel.DELIVERY_PLATFORM, BigDecimal.ZERO));
            case FEE_RATE_WECHAT_PAY -> feeRate(ledger, PaymentChannel.WECHAT_PAY);
            case FEE_RATE_ALIPAY -> feeRate(ledger, PaymentChannel.ALIPAY);
            case FEE_RATE_UNIONPAY_CARD -> feeRate(ledger, PaymentChannel.UNIONPAY_CARD);
            case NET_MARGIN_PCT -> Money.percent(ledger.netProfit(), revenue);
            case COST_RATE_PCT -> Money.percent(ledger.totalCosts(), revenue);
        };
    }

    private static BigDecimal feeRate(PeriodLedger ledger, PaymentChannel channel) {
        return Money.ratePercent(ledger.feesByChannel().getOrDefault(channel, BigDecimal.ZERO),
                ledger.salesByChannel().getOrDefault(channel, BigDecimal.ZERO));
    }
}
