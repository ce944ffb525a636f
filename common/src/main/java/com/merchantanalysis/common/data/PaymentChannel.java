package com.merchantanalysis.common.data;

/** How money reaches (or leaves) the merchant. */
public enum PaymentChannel {
    WECHAT_PAY,
    ALIPAY,
    UNIONPAY_CARD,
    CASH,
    DELIVERY_PLATFORM,
    BANK_TRANSFER
}
