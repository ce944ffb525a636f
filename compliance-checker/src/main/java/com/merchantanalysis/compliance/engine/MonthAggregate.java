package com.merchantanalysis.compliance.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

/** One calendar month (merchant-local) of the evaluated period, accumulated in the single pass. */
public final class MonthAggregate {

    private static final int KINDS = TransactionKind.values().length;
    private static final int CHANNELS = PaymentChannel.values().length;

    private final YearMonth month;
    private final long[] inCents = new long[KINDS];
    private final long[] outCents = new long[KINDS];
    private final long[][] counts = new long[CHANNELS + 1][KINDS];
    private long feeCents;
    private final List<Tx> disputes = new ArrayList<>();
    private final List<Tx> personalCodeSales = new ArrayList<>();

    MonthAggregate(YearMonth month) {
        this.month = month;
    }

    void add(Tx tx) {
        int kind = tx.kind().ordinal();
        if (tx.direction() == Direction.IN) {
            inCents[kind] += tx.cents();
        } else {
            outCents[kind] += tx.cents();
        }
        feeCents += tx.feeCents();
        counts[channelIndex(tx.channel())][kind]++;
        if (tx.kind() == TransactionKind.REFUND || tx.kind() == TransactionKind.CHARGEBACK) {
            disputes.add(tx);
        }
        if (tx.kind() == TransactionKind.SALE && tx.personalCollectionCode()) {
            personalCodeSales.add(tx);
        }
    }

    public YearMonth month() {
        return month;
    }

    public long inCents(TransactionKind kind) {
        return inCents[kind.ordinal()];
    }

    public long outCents(TransactionKind kind) {
        return outCents[kind.ordinal()];
    }

    /** What the channels charged on the month's sales and refunds. */
    public long feeCents() {
        return feeCents;
    }

    /** Transactions of {@code kind} through {@code channel}. */
    public long count(PaymentChannel channel, TransactionKind kind) {
        return counts[channelIndex(channel)][kind.ordinal()];
    }

    /** REFUND and CHARGEBACK transactions of the month, every channel. */
    public List<Tx> disputes() {
        return disputes;
    }

    /** SALE transactions paid through a personal collection code. */
    public List<Tx> personalCodeSales() {
        return personalCodeSales;
    }

    private static int channelIndex(PaymentChannel channel) {
        return channel == null ? CHANNELS : channel.ordinal();
    }
}
