package com.merchantanalysis.common.data;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.merchantanalysis.common.data.DayBucketCodec.DayBucket;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Reads a merchant's transactions by key ({@link MerchantDataLayout}): the days of a period from their
 * rollups, then those days' buckets by {@code _id}, a few days at a time, each day in time order.
 */
public class TransactionDays {

    /** Ids per rollup query. */
    private static final int IDS_PER_QUERY = 1_000;
    /** Buckets fetched per query and per reply: at most ~10 MB a reply, far below the wire limit. */
    private static final int BUCKETS_PER_FETCH = 16;
    /** Time order within a day; the externalId breaks ties, so the order is the same on every read. */
    public static final Comparator<TransactionDocument> TIME_ORDER = Comparator
            .comparing(TransactionDocument::timestamp).thenComparing(TransactionDocument::externalId);

    private final MongoOperations mongo;

    public TransactionDays(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * A day with transactions: how many, in how many buckets, and which kinds and channels occur (from
     * its rollup), so that a filtered read skips the days that cannot match.
     */
    public record Day(LocalDate date, long count, int buckets, Set<TransactionKind> kinds,
            Set<PaymentChannel> channels) {

        public boolean mayHave(TransactionKind kind, PaymentChannel channel) {
            return (kind == null || kinds.contains(kind)) && (channel == null || channels.contains(channel));
        }
    }

    /** The days from..to (inclusive) that have transactions, in date order. */
    public List<Day> days(MerchantDocument merchant, LocalDate from, LocalDate to) {
        LocalDate first = merchant.dataFrom() != null && merchant.dataFrom().isAfter(from) ? merchant.dataFrom() : from;
        LocalDate last = merchant.dataTo() != null && merchant.dataTo().isBefore(to) ? merchant.dataTo() : to;
        List<Day> days = new ArrayList<>();
        if (first.isAfter(last)) {
            return days;
        }
        List<String> ids = MerchantDataLayout.summaryIds(merchant.id(), first, last);
        for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY));
            mongo.execute(MerchantDataCollections.DAILY_SUMMARIES, collection -> {
                for (Document summary : collection.find(Filters.in(MerchantFields.ID, chunk))
                        .projection(Projections.include(MerchantFields.DATE, "count", "buckets", "byKind", "byChannel"))) {
                    long count = number(summary.get("count"));
                    int buckets = (int) number(summary.get("buckets"));
                    if (count > 0 && buckets > 0) {
                        days.add(new Day(TransactionBson.localDate(summary.get(MerchantFields.DATE)), count, buckets,
                                keys(summary, "byKind", TransactionKind.class),
                                keys(summary, "byChannel", PaymentChannel.class)));
                    }
                }
                return null;
            });
        }
        days.sort(Comparator.comparing(Day::date));
        return days;
    }

    /** How many transactions the merchant has from..to (inclusive), from the rollups alone. */
    public long count(MerchantDocument merchant, LocalDate from, LocalDate to) {
        return days(merchant, from, to).stream().mapToLong(Day::count).sum();
    }

    /** The period's transactions in time order, read a few days at a time: close the stream. */
    public Stream<TransactionDocument> stream(MerchantDocument merchant, LocalDate from, LocalDate to) {
        return stream(merchant, days(merchant, from, to));
    }

    /** The transactions of the given days (from {@link #days}), in time order: close the stream. */
    public Stream<TransactionDocument> stream(MerchantDocument merchant, List<Day> days) {
        Iterator<TransactionDocument> iterator = new DayIterator(merchant.id(), days);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Every transaction of one day, as stored in its buckets (time order), or none. */
    public List<TransactionDocument> day(String merchantId, LocalDate date, int buckets) {
        List<String> ids = new ArrayList<>(buckets);
        for (int part = 0; part < buckets; part++) {
            ids.add(MerchantDataLayout.bucketId(merchantId, date, part));
        }
        return fetch(merchantId, ids).getOrDefault(date, List.of());
    }

    /** The buckets with these ids, decoded and grouped by day, each day in time order. */
    private Map<LocalDate, List<TransactionDocument>> fetch(String merchantId, List<String> bucketIds) {
        Map<LocalDate, List<TransactionDocument>> byDay = new TreeMap<>();
        mongo.execute(MerchantDataCollections.TRANSACTION_DAYS, collection -> {
            for (DayBucket bucket : DayBucketCodec.buckets(collection, merchantId).find(Filters.in(MerchantFields.ID, bucketIds))
                    .batchSize(BUCKETS_PER_FETCH)) {
                byDay.computeIfAbsent(bucket.date(), d -> new ArrayList<>()).addAll(bucket.transactions());
            }
            return null;
        });
        byDay.values().forEach(day -> day.sort(TIME_ORDER));
        return byDay;
    }

    private static <E extends Enum<E>> Set<E> keys(Document summary, String field, Class<E> type) {
        Set<E> keys = EnumSet.noneOf(type);
        Document amounts = summary.get(field, Document.class);
        if (amounts != null) {
            amounts.keySet().forEach(key -> keys.add(Enum.valueOf(type, key)));
        }
        return keys;
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    /** Walks the days, fetching the next few days' buckets when the current ones are used up. */
    private final class DayIterator implements Iterator<TransactionDocument> {

        private final String merchantId;
        private final Deque<Day> remaining;
        private Iterator<TransactionDocument> current = List.<TransactionDocument>of().iterator();

        DayIterator(String merchantId, List<Day> days) {
            this.merchantId = merchantId;
            this.remaining = new ArrayDeque<>(days);
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !remaining.isEmpty()) {
                List<String> ids = new ArrayList<>();
                while (!remaining.isEmpty() && (ids.isEmpty() || ids.size() + remaining.peek().buckets()
                        <= BUCKETS_PER_FETCH)) {
                    Day day = remaining.poll();
                    for (int part = 0; part < day.buckets(); part++) {
                        ids.add(MerchantDataLayout.bucketId(merchantId, day.date(), part));
                    }
                }
                List<TransactionDocument> next = new ArrayList<>();
                fetch(merchantId, ids).values().forEach(next::addAll);
                current = next.iterator();
            }
            return current.hasNext();
        }

        @Override
        public TransactionDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
