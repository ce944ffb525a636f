package com.merchantanalysis.cashflow.balance.domain;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.PaymentChannel;

/**
 * Days from a sale to the money reaching the bank: the merchant's contract for the channel (as
 * data-simulator dates settlements), else cash the same day and any other channel the next.
 */
public final class SettlementLag {

    private SettlementLag() {
    }

    public static int days(PaymentChannel channel, ChannelContract contract) {
        if (contract != null) {
            return Math.max(0, contract.settlementLagDays());
        }
        return channel == PaymentChannel.CASH ? 0 : 1;
    }
}
