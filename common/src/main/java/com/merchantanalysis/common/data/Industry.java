package com.merchantanalysis.common.data;

/** The merchant's line of business; benchmarks and rule thresholds are chosen by it. */
public enum Industry {
    RESTAURANT,
    FAST_FOOD,
    CONVENIENCE_STORE,
    RETAIL,
    ECOMMERCE,
    SERVICES,
    OTHER
}
