package com.merchantanalysis.common.data;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.NotFoundException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads a merchant for a caller: the merchant if it exists and the caller may see it, otherwise
 * 404 — the same answer either way, so that a merchant token learns nothing about other merchants.
 */
public class MerchantReader {

    private final MongoOperations mongo;
    /**
     * Last days by merchant and data version: every new transaction raises the version, so an entry
     * stays true for its version, and each summary request needs this before its cache lookup.
     */
    private final Cache<String, Optional<LocalDate>> lastDays = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    public MerchantReader(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public MerchantDocument require(Caller caller, String merchantId) {
        if (merchantId == null || !caller.maySee(merchantId)) {
            throw NotFoundException.merchant(merchantId);
        }
        MerchantDocument merchant = mongo.findById(merchantId, MerchantDocument.class);
        if (merchant == null) {
            throw NotFoundException.merchant(merchantId);
        }
        return merchant;
    }

    /**
     * The merchant's last business day with transactions, if it has any: the end of every service's
     * default period. A day that only received settlements of earlier sales has a rollup with
     * {@code count} 0 and does not count.
     */
    public Optional<LocalDate> lastDayWithTransactions(MerchantDocument merchant) {
        return lastDays.get(merchant.id() + ":v" + merchant.dataVersion(), key -> query(merchant.id()));
    }

    private Optional<LocalDate> query(String merchantId) {
        Query latest = Query.query(Criteria.where("merchantId").is(merchantId).and("count").gt(0))
                .with(Sort.by(Sort.Direction.DESC, "date")).limit(1);
        return Optional.ofNullable(mongo.findOne(latest, DailySummaryDocument.class)).map(DailySummaryDocument::date);
    }
}
