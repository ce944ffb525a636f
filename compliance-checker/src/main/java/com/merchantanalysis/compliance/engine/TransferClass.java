package com.merchantanalysis.compliance.engine;

/**
 * How PBOC Order No. 3 groups account transfers. The data carries no legal form of the merchant, so a
 * transfer is classed by the type of account on the other side.
 */
public enum TransferClass {
    COMPANY,
    PERSON_DOMESTIC,
    PERSON_CROSS_BORDER
}
