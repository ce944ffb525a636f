package com.merchantanalysis.costs.feeaudit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.PeriodLedger;

/**
 * A channel's fees against its contract, from the rollups alone (sales and fees per channel).
 *
 * @param contractRate  fraction of a sale (0.006), null without contract
 * @param overcharge    fees − rate × sales when the effective rate exceeds the contract by more than the
 *                      tolerance; zero otherwise
 */
public record ChannelFeeCheck(
        PaymentChannel channel,
        BigDecimal contractRate,
        BigDecimal sales,
        BigDecimal fees,
        BigDecimal contractedFees,
        BigDecimal overcharge,
        String status) {

    public static final String OVERCHARGED = "OVERCHARGED";
    public static final String OK = "OK";
    public static final String NO_CONTRACT = "NO_CONTRACT";
    public static final String NO_SALES = "NO_SALES";

    public static List<ChannelFeeCheck> of(MerchantDocument merchant, PeriodLedger ledger, BigDecimal rateTolerance) {
        Map<PaymentChannel, BigDecimal> contracts = new EnumMap<>(PaymentChannel.class);
        for (ChannelContract contract : merchant.channels()) {
            contracts.put(contract.channel(), contract.feeRate());
        }
        List<ChannelFeeCheck> checks = new ArrayList<>();
        for (PaymentChannel channel : PaymentChannel.values()) {
            BigDecimal rate = contracts.get(channel);
            BigDecimal sales = ledger.salesByChannel().getOrDefault(channel, BigDecimal.ZERO);
            BigDecimal fees = ledger.feesByChannel().getOrDefault(channel, BigDecimal.ZERO);
            if (rate == null && fees.signum() == 0) {
                continue;
            }
            if (rate == null) {
                checks.add(new ChannelFeeCheck(channel, null, sales, fees, null, BigDecimal.ZERO.setScale(2), NO_CONTRACT));
                continue;
            }
            BigDecimal contracted = Money.cents(rate.multiply(sales));
            if (sales.signum() <= 0) {
                checks.add(new ChannelFeeCheck(channel, rate, sales, fees, contracted, BigDecimal.ZERO.setScale(2), NO_SALES));
                continue;
            }
            BigDecimal excessRate = Money.divide(fees, sales).subtract(rate);
            boolean over = excessRate.compareTo(rateTolerance) > 0;
            checks.add(new ChannelFeeCheck(channel, rate, sales, fees, contracted,
                    over ? Money.cents(fees.subtract(rate.multiply(sales))) : BigDecimal.ZERO.setScale(2),
                    over ? OVERCHARGED : OK));
        }
        return checks;
    }

    public BigDecimal effectiveRatePct() {
        return Money.ratePercent(fees, sales);
    }

    public BigDecimal contractRatePct() {
        return contractRate == null ? null : contractRate.multiply(Money.HUNDRED).setScale(3, RoundingMode.HALF_UP);
    }
}
