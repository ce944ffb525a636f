package com.merchantanalysis.common.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a merchant's transactions are laid out so that every read is by key: one document per merchant,
 * local day and part in {@value MerchantDataCollections#TRANSACTION_DAYS} (the bucket pattern), and one
 * rollup per merchant and day in {@value MerchantDataCollections#DAILY_SUMMARIES}. Both have an
 * {@code _id} made of merchant and day, so a period is read with {@code _id: {$in: [...]}}, which the
 * embedded MongoDB wire server and a real MongoDB both serve from the {@code _id} index. The design and
 * its measurements are in docs/data-layout.md.
 *
 * <p>A bucket: {@code {_id: "<merchantId>:<yyyy-MM-dd>:<part>", merchantId, date, part, n,
 * transactions: [entry, ...]}}, entries as {@link TransactionBson} writes them. A day's rollup names
 * how many parts the day has ({@code buckets}).
 */
public final class MerchantDataLayout {

    /** The layout version this code reads and writes; recorded by the migrations that produce it. */
    public static final int VERSION = 1;
    /** Transactions per bucket: about 0.3 KB each, so a part stays near 0.6 MB, far below 16 MB. */
    public static final int PART_SIZE = 2_000;
    /** Parts one merchant-day may have: 256,000 transactions a day, far above any small merchant. */
    public static final int MAX_PARTS = 128;

    private MerchantDataLayout() {
    }

    public static String bucketId(String merchantId, LocalDate day, int part) {
        return merchantId + ":" + day + ":" + part;
    }

    /** Every id the day's parts can have: what a writer reads so that it sees any part, even an orphan. */
    public static List<String> candidateBucketIds(String merchantId, LocalDate day) {
        List<String> ids = new ArrayList<>(MAX_PARTS);
        for (int part = 0; part < MAX_PARTS; part++) {
            ids.add(bucketId(merchantId, day, part));
        }
        return ids;
    }

    /** The ids of the rollups of the days from..to (inclusive). */
    public static List<String> summaryIds(String merchantId, LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            ids.add(DailySummaryDocument.idOf(merchantId, day));
        }
        return ids;
    }
}
