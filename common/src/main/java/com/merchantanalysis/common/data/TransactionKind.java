package com.merchantanalysis.common.data;

public enum TransactionKind {
    SALE,
    REFUND,
    CHARGEBACK,
    COGS,
    RENT,
    PAYROLL,
    UTILITIES,
    PAYMENT_FEE,
    PLATFORM_COMMISSION,
    MARKETING,
    TAX,
    TRANSFER,
    CASH_DEPOSIT,
    CASH_WITHDRAWAL,
    OTHER
}
