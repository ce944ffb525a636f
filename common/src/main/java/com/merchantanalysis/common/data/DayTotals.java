package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * The increments one batch makes to one merchant-local day's summary. Mutable, used only while a
 * batch is being rolled up.
 */
public final class DayTotals {

    BigDecimal inflow = BigDecimal.ZERO;
    BigDecimal outflow = BigDecimal.ZERO;
    long count;
    long saleCount;
    long refundCount;
    final Map<TransactionKind, BigDecimal> byKind = new EnumMap<>(TransactionKind.class);
    final Map<PaymentChannel, BigDecimal> byChannel = new EnumMap<>(PaymentChannel.class);
    final Map<PaymentChannel, BigDecimal> salesByChannel = new EnumMap<>(PaymentChannel.class);
    final Map<PaymentChannel, BigDecimal> feesByChannel = new EnumMap<>(PaymentChannel.class);
    final Map<PaymentChannel, BigDecimal> settledByChannel = new EnumMap<>(PaymentChannel.class);

    public BigDecimal net() {
        return inflow.subtract(outflow);
    }

    static <K> void add(Map<K, BigDecimal> map, K key, BigDecimal amount) {
        map.merge(key, amount, BigDecimal::add);
    }
}
