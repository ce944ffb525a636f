package com.merchantanalysis.costs.ledger;

import com.merchantanalysis.common.data.PaymentChannel;

/** A payment channel's name in a sentence ("Alipay charged…"); the enum name stays an identifier. */
public final class ChannelNames {

    private ChannelNames() {
    }

    public static String of(PaymentChannel channel) {
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
