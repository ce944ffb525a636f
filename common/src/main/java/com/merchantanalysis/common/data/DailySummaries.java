package com.merchantanalysis.common.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads a merchant's daily rollups by key ({@link MerchantDataLayout}): the days of a period are asked
 * for by {@code _id}, so neither store scans other merchants' days.
 */
public class DailySummaries {

    /** Ids per query: keeps each query small on a merchant with many years of days. */
    private static final int IDS_PER_QUERY = 1_000;

    private final MongoOperations mongo;

    public DailySummaries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The days from..to (inclusive) that have a rollup, in date order. */
    public List<DailySummaryDocument> between(String merchantId, LocalDate from, LocalDate to) {
        List<DailySummaryDocument> days = new ArrayList<>();
        if (from.isAfter(to)) {
            return days;
        }
        List<String> ids = MerchantDataLayout.summaryIds(merchantId, from, to);
        for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY));
            days.addAll(mongo.find(Query.query(Criteria.where(MerchantFields.ID).in(chunk)), DailySummaryDocument.class));
        }
        days.sort(Comparator.comparing(DailySummaryDocument::date));
        return days;
    }

    /** Every day up to {@code to} (inclusive) that has a rollup, from the merchant's first day on. */
    public List<DailySummaryDocument> upTo(MerchantDocument merchant, LocalDate to) {
        LocalDate first = merchant.firstDay();
        return first == null ? List.of() : between(merchant.id(), first, to);
    }
}
