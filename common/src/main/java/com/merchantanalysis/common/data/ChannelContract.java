package com.merchantanalysis.common.data;

import java.math.BigDecimal;

/**
 * What the merchant agreed with a payment channel.
 *
 * @param feeRate            contracted fee as a fraction of the sale (0.006 = 0.6%)
 * @param settlementLagDays  days until a sale reaches the bank account (1 = T+1)
 */
public record ChannelContract(PaymentChannel channel, BigDecimal feeRate, int settlementLagDays) {
}
