package com.merchantanalysis.common.data;

public enum TransactionSource {
    SIMULATED,
    IMPORTED
}
