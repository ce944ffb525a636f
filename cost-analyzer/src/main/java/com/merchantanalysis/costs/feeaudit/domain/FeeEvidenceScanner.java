package com.merchantanalysis.costs.feeaudit.domain;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.costs.feeaudit.model.FeeAuditReport.FeeEvidence;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.common.period.ReportingPeriod;

import org.springframework.stereotype.Component;

/**
 * Streams a period's sales and keeps, per channel, those whose fee exceeds contract × amount by more than
 * rounding: the count, the summed excess and the largest ones. Memory stays bounded by the page asked for.
 */
@Component
class FeeEvidenceScanner {

    private final TransactionDays transactions;

    FeeEvidenceScanner(TransactionDays transactions) {
        this.transactions = transactions;
    }

    /** What the scan found for one channel. */
    record Found(long count, BigDecimal excess, List<FeeEvidence> page) {
    }

    Map<PaymentChannel, Found> scan(MerchantDocument merchant, ReportingPeriod period,
            Map<PaymentChannel, BigDecimal> contractRates, BigDecimal tolerance, int page, int size) {
        ZoneId zone = ZoneId.of(merchant.zoneId());
        int keep = (page + 1) * size;
        Map<PaymentChannel, Tally> tallies = new EnumMap<>(PaymentChannel.class);
        // Only a sale on a contracted channel that carries a fee can be overcharged.
        try (Stream<TransactionDocument> all = transactions.stream(merchant, period.from(), period.to())) {
            all.filter(tx -> tx.kind() == TransactionKind.SALE && tx.channel() != null
                    && contractRates.containsKey(tx.channel()) && tx.fee() != null).forEach(sale -> {
                BigDecimal contracted = contractRates.get(sale.channel()).multiply(sale.amount());
                BigDecimal excess = sale.fee().subtract(contracted);
                if (excess.compareTo(tolerance) > 0) {
                    tallies.computeIfAbsent(sale.channel(), c -> new Tally(keep)).add(new FeeEvidence(sale.externalId(),
                            sale.timestamp(), sale.timestamp().atZone(zone).toLocalDate(), sale.amount(), sale.fee(),
                            Money.cents(contracted), Money.cents(excess)), excess);
                }
            });
        }
        Map<PaymentChannel, Found> found = new EnumMap<>(PaymentChannel.class);
        tallies.forEach((channel, tally) -> found.put(channel, tally.found(page, size)));
        return found;
    }

    /** Counts every flagged sale and keeps the {@code keep} largest excesses in a min-heap. */
    private static final class Tally {

        private static final Comparator<FeeEvidence> ORDER = Comparator.comparing(FeeEvidence::excess)
                .thenComparing(FeeEvidence::externalId, Comparator.reverseOrder());

        private final int keep;
        private final PriorityQueue<FeeEvidence> largest = new PriorityQueue<>(ORDER);
        private long count;
        private BigDecimal excess = BigDecimal.ZERO;

        Tally(int keep) {
            this.keep = keep;
        }

        void add(FeeEvidence evidence, BigDecimal exactExcess) {
            count++;
            excess = excess.add(exactExcess);
            largest.add(evidence);
            if (largest.size() > keep) {
                largest.poll();
            }
        }

        Found found(int page, int size) {
            List<FeeEvidence> sorted = new ArrayList<>(largest);
            sorted.sort(ORDER.reversed());
            int from = Math.min(page * size, sorted.size());
            return new Found(count, Money.cents(excess), List.copyOf(sorted.subList(from, Math.min(from + size, sorted.size()))));
        }
    }
}
