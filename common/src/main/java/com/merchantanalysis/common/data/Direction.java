package com.merchantanalysis.common.data;

/** Whether money came in to the merchant or went out. Amounts are always positive. */
public enum Direction {
    IN,
    OUT
}
