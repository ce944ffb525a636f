package com.merchantanalysis.compliance.check.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads what data-simulator wrote: a merchant's transactions over a period, streamed with a cursor in time
 * order (the merchant_time index).
 */
@Component
public class MerchantData {

    /** Documents per cursor batch: keeps each reply well under the wire limit, even for busy merchants. */
    static final int BATCH_SIZE = 2_000;

    private final MongoOperations mongo;
    public MerchantData(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Runs {@code reader} over the period's transactions and closes the cursor afterwards. */
    public <T> T transactions(MerchantDocument merchant, LocalDate from, LocalDate to,
            Function<Iterator<TransactionDocument>, T> reader) {
        ZoneId zone = ZoneId.of(merchant.zoneId());
        Query query = Query.query(Criteria.where("merchantId").is(merchant.id())
                .and("timestamp").gte(from.atStartOfDay(zone).toInstant()).lt(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .with(Sort.by("timestamp"))
                .cursorBatchSize(BATCH_SIZE);
        try (Stream<TransactionDocument> stream = mongo.stream(query, TransactionDocument.class)) {
            return reader.apply(stream.iterator());
        }
    }
}
