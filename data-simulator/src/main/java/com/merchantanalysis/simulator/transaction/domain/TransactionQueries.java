package com.merchantanalysis.simulator.transaction.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads a merchant's transactions and daily rollups, in the merchant's own calendar. */
@Service
public class TransactionQueries {

    private static final Sort BY_TIME = Sort.by("timestamp", "externalId");

    private final MongoTemplate mongo;

    TransactionQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Page<TransactionDocument> page(MerchantDocument merchant, TransactionFilter filter, int page, int size) {
        Query query = query(criteria(merchant, filter));
        long total = mongo.count(query, TransactionDocument.class);
        PageRequest request = PageRequest.of(page, size, BY_TIME);
        List<TransactionDocument> items = mongo.find(Query.of(query).with(request), TransactionDocument.class);
        return new PageImpl<>(items, request, total);
    }

    /** All matching transactions in time order, read with a cursor: close the stream. */
    public Stream<TransactionDocument> stream(MerchantDocument merchant, TransactionFilter filter) {
        return mongo.stream(query(criteria(merchant, filter)).with(BY_TIME), TransactionDocument.class);
    }

    /** The stored rollups of the days from..to (inclusive), in date order. */
    public List<DailySummaryDocument> daily(MerchantDocument merchant, LocalDate from, LocalDate to) {
        return mongo.find(query(where("merchantId").is(merchant.id()).and("date").gte(from).lte(to))
                .with(Sort.by("date")), DailySummaryDocument.class);
    }

    private static Criteria criteria(MerchantDocument merchant, TransactionFilter filter) {
        ZoneId zone = ZoneId.of(merchant.zoneId());
        Criteria criteria = where("merchantId").is(merchant.id());
        if (filter.from() != null || filter.to() != null) {
            Criteria time = criteria.and("timestamp");
            if (filter.from() != null) {
                time.gte(filter.from().atStartOfDay(zone).toInstant());
            }
            if (filter.to() != null) {
                time.lt(filter.to().plusDays(1).atStartOfDay(zone).toInstant());
            }
        }
        if (filter.kind() != null) {
            criteria.and("kind").is(filter.kind());
        }
        if (filter.channel() != null) {
            criteria.and("channel").is(filter.channel());
        }
        return criteria;
    }
}
