package com.merchantanalysis.costs.feeaudit.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.MerchantDataCollections;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.costs.feeaudit.model.FeeAuditReport.FeeEvidence;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.period.ReportingPeriod;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Streams a period's sales and keeps, per channel, those whose fee exceeds contract × amount by more than
 * rounding: the count, the summed excess and the largest ones. Memory stays bounded by the page asked for.
 */
@Component
class FeeEvidenceScanner {

    private final MongoOperations mongo;

    FeeEvidenceScanner(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** What the scan found for one channel. */
    record Found(long count, BigDecimal excess, List<FeeEvidence> page) {
    }

    Map<PaymentChannel, Found> scan(String merchantId, ZoneId zone, ReportingPeriod period,
            Map<PaymentChannel, BigDecimal> contractRates, BigDecimal tolerance, int page, int size) {
        Instant start = period.from().atStartOfDay(zone).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        Query query = new Query(where("merchantId").is(merchantId).and("timestamp").gte(start).lt(end)
                .and("kind").is(TransactionKind.SALE.name()).and("channel")
                .in(contractRates.keySet().stream().map(Enum::name).toList()));
        query.fields().include("externalId", "timestamp", "amount", "fee", "channel");
        int keep = (page + 1) * size;
        Map<PaymentChannel, Tally> tallies = new EnumMap<>(PaymentChannel.class);
        try (Stream<Document> sales = mongo.stream(query, Document.class, MerchantDataCollections.TRANSACTIONS)) {
            sales.forEach(sale -> {
                BigDecimal fee = decimal(sale.get("fee"));
                if (fee == null) {
                    return;
                }
                PaymentChannel channel = PaymentChannel.valueOf(sale.getString("channel"));
                BigDecimal amount = decimal(sale.get("amount"));
                BigDecimal contracted = contractRates.get(channel).multiply(amount);
                BigDecimal excess = fee.subtract(contracted);
                if (excess.compareTo(tolerance) > 0) {
                    Instant at = instant(sale.get("timestamp"));
                    tallies.computeIfAbsent(channel, c -> new Tally(keep)).add(new FeeEvidence(
                            sale.getString("externalId"), at, at.atZone(zone).toLocalDate(), amount, fee,
                            Money.cents(contracted), Money.cents(excess)), excess);
                }
            });
        }
        Map<PaymentChannel, Found> found = new EnumMap<>(PaymentChannel.class);
        tallies.forEach((channel, tally) -> found.put(channel, tally.found(page, size)));
        return found;
    }

    private static Instant instant(Object value) {
        return value instanceof java.util.Date date ? date.toInstant() : (Instant) value;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof String text) {
            return new BigDecimal(text);
        }
        return null;
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
