package com.merchantanalysis.common.data.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.merchantanalysis.common.data.MerchantDataCollections;
import com.merchantanalysis.common.data.MerchantDataWriter;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Layout 0 to 1: the one-document-per-transaction collection becomes day buckets, and every rollup is
 * set again from them (which also repairs rollups that an interrupted write of layout 0 left short). The
 * old rollups are dropped first and the old transactions last, so a run cut off anywhere is simply run
 * again: rows already in buckets are duplicates, and every day written gets its rollup set.
 */
public class BucketTransactionsMigration implements LayoutMigration {

    private static final Logger log = LoggerFactory.getLogger(BucketTransactionsMigration.class);
    /** Transactions held in memory before they are written: about 20 MB. */
    private static final int FLUSH_AT = 20_000;

    private final MongoOperations mongo;
    private final MerchantDataWriter writer;

    public BucketTransactionsMigration(MongoOperations mongo, MerchantDataWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "transactions grouped in buckets per merchant and day, read by _id; rollups set from them";
    }

    @Override
    public void apply() {
        if (!mongo.collectionExists(MerchantDataCollections.LEGACY_TRANSACTIONS)) {
            return;
        }
        mongo.dropCollection(MerchantDataCollections.DAILY_SUMMARIES);
        Map<String, Optional<MerchantDocument>> merchants = new HashMap<>();
        Map<String, List<TransactionDocument>> pending = new HashMap<>();
        long[] counts = new long[3];
        mongo.execute(MerchantDataCollections.LEGACY_TRANSACTIONS, collection -> {
            int buffered = 0;
            for (Document row : collection.find().batchSize(2_000)) {
                TransactionDocument tx = mongo.getConverter().read(TransactionDocument.class, row);
                if (merchants.computeIfAbsent(tx.merchantId(), id -> Optional.ofNullable(
                        mongo.findById(id, MerchantDocument.class))).isEmpty()) {
                    counts[2]++;
                    continue;
                }
                pending.computeIfAbsent(tx.merchantId(), id -> new ArrayList<>()).add(tx);
                if (++buffered >= FLUSH_AT) {
                    flush(merchants, pending, counts);
                    buffered = 0;
                    log.info("Layout migration: {} transactions moved into day buckets so far", counts[0]);
                }
            }
            return null;
        });
        flush(merchants, pending, counts);
        mongo.dropCollection(MerchantDataCollections.LEGACY_TRANSACTIONS);
        log.info("Layout migration: {} transactions moved into day buckets, {} already there, {} of deleted "
                + "merchants dropped", counts[0], counts[1], counts[2]);
    }

    private void flush(Map<String, Optional<MerchantDocument>> merchants, Map<String, List<TransactionDocument>> pending,
            long[] counts) {
        pending.forEach((merchantId, transactions) -> {
            var result = writer.store(merchants.get(merchantId).orElseThrow(), transactions);
            counts[0] += result.stored();
            counts[1] += result.duplicates();
        });
        pending.clear();
    }
}
