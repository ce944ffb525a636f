package com.merchantanalysis.costs.ledger;

import java.util.Optional;

import com.merchantanalysis.common.data.TransactionKind;

/**
 * The cost lines of a small merchant's P&amp;L. Payment fees also include the fees the channels took
 * from each sale (the sale's {@code fee}), which are not transactions of their own.
 */
public enum CostCategory {
    COGS(TransactionKind.COGS, "purchases"),
    LABOUR(TransactionKind.PAYROLL, "payroll"),
    OCCUPANCY(TransactionKind.RENT, "rent"),
    UTILITIES(TransactionKind.UTILITIES, "utilities"),
    PAYMENT_FEES(TransactionKind.PAYMENT_FEE, "payment fees"),
    PLATFORM_COMMISSION(TransactionKind.PLATFORM_COMMISSION, "platform commission"),
    MARKETING(TransactionKind.MARKETING, "marketing"),
    TAX(TransactionKind.TAX, "tax"),
    OTHER(TransactionKind.OTHER, "other costs");

    private final TransactionKind kind;
    private final String label;

    CostCategory(TransactionKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    /** The line's name in a sentence ("no records of purchases"); the enum name stays an identifier. */
    public String label() {
        return label;
    }

    /** The transaction kind booked on this line. */
    public TransactionKind kind() {
        return kind;
    }

    /** The line a kind is booked on; sales, refunds and money moves (transfers, cash) are no costs. */
    public static Optional<CostCategory> of(TransactionKind kind) {
        for (CostCategory category : values()) {
            if (category.kind == kind) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
