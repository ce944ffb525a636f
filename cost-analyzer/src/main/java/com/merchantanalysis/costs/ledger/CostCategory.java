package com.merchantanalysis.costs.ledger;

import java.util.Optional;

import com.merchantanalysis.common.data.TransactionKind;

/**
 * The cost lines of a small merchant's P&amp;L. Payment fees also include the fees the channels took
 * from each sale (the sale's {@code fee}), which are not transactions of their own.
 */
public enum CostCategory {
    COGS(TransactionKind.COGS),
    LABOUR(TransactionKind.PAYROLL),
    OCCUPANCY(TransactionKind.RENT),
    UTILITIES(TransactionKind.UTILITIES),
    PAYMENT_FEES(TransactionKind.PAYMENT_FEE),
    PLATFORM_COMMISSION(TransactionKind.PLATFORM_COMMISSION),
    MARKETING(TransactionKind.MARKETING),
    TAX(TransactionKind.TAX),
    OTHER(TransactionKind.OTHER);

    private final TransactionKind kind;

    CostCategory(TransactionKind kind) {
        this.kind = kind;
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
