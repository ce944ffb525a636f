package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * Rolls transactions up per merchant-local day, the way {@code daily_summaries} counts them: flows and
 * counts on the day it happened, settlements on the settlement date.
 */
public final class DailyRollup {

    private final ZoneId zone;
    private final Map<LocalDate, DayTotals> days = new TreeMap<>();

    public DailyRollup(ZoneId zone) {
        this.zone = zone;
    }

    public void add(TransactionDocument tx) {
        LocalDate day = tx.timestamp().atZone(zone).toLocalDate();
        DayTotals totals = day(day);
        BigDecimal signed = tx.direction() == Direction.IN ? tx.amount() : tx.amount().negate();
        if (tx.direction() == Direction.IN) {
            totals.inflow = totals.inflow.add(tx.amount());
        } else {
            totals.outflow = totals.outflow.add(tx.amount());
        }
        totals.count++;
        DayTotals.add(totals.byKind, tx.kind(), signed);
        boolean sale = tx.kind() == TransactionKind.SALE;
        boolean refund = tx.kind() == TransactionKind.REFUND || tx.kind() == TransactionKind.CHARGEBACK;
        if (sale) {
            totals.saleCount++;
        } else if (refund) {
            totals.refundCount++;
        }
        if (tx.channel() == null) {
            return;
        }
        DayTotals.add(totals.byChannel, tx.channel(), signed);
        if (sale) {
            DayTotals.add(totals.salesByChannel, tx.channel(), tx.amount());
        }
        BigDecimal fee = tx.fee() == null ? BigDecimal.ZERO : tx.fee();
        if (tx.fee() != null) {
            DayTotals.add(totals.feesByChannel, tx.channel(), fee);
        }
        if ((sale || refund) && tx.settlementDate() != null) {
            // What the bank sees on the settlement day: the sale (or refund) net of the channel's fee.
            DayTotals.add(day(tx.settlementDate()).settledByChannel, tx.channel(), signed.subtract(fee));
        }
    }

    /** The increments per day, in date order. */
    public Map<LocalDate, DayTotals> days() {
        return days;
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    private DayTotals day(LocalDate date) {
        return days.computeIfAbsent(date, d -> new DayTotals());
    }
}
