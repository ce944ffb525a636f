package com.merchantanalysis.common.data;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.merchantanalysis.common.web.TemporarilyUnavailableException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Lets one writer at a time change a merchant's data, across threads and across data-simulator
 * instances: a thread lock inside the process, and a lease document with an expiry in the database. A
 * writer that dies leaves its lease to expire; work done under a lease is one batch or a few days, far
 * shorter than the lease. The embedded store has no transactions, so this is what keeps a day's buckets
 * and its rollups written by one writer at a time.
 */
public class MerchantWriteLease {

    private static final Duration TTL = Duration.ofSeconds(10);
    private static final Duration MAX_WAIT = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 20;

    private final MongoOperations mongo;
    private final Clock clock;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public MerchantWriteLease(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Runs {@code work} holding the merchant's lease; waits for another writer at most 20 s. */
    public <T> T run(String merchantId, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(merchantId, id -> new ReentrantLock());
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        try {
            if (!lock.tryLock(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new MerchantBusyException(merchantId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MerchantBusyException(merchantId);
        }
        try {
            String owner = acquire(merchantId, deadline);
            try {
                return work.get();
            } finally {
                mongo.execute(MerchantDataCollections.WRITE_LEASES, collection -> collection.deleteOne(
                        Filters.and(Filters.eq(MerchantFields.ID, merchantId), Filters.eq("owner", owner))));
            }
        } finally {
            lock.unlock();
        }
    }

    private String acquire(String merchantId, long deadline) {
        String owner = UUID.randomUUID().toString();
        while (true) {
            Date now = Date.from(clock.instant());
            Date expiresAt = Date.from(clock.instant().plus(TTL));
            if (tryInsert(merchantId, owner, expiresAt) || takeOverExpired(merchantId, owner, now, expiresAt)) {
                return owner;
            }
            if (System.nanoTime() > deadline) {
                throw new MerchantBusyException(merchantId);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MerchantBusyException(merchantId);
            }
        }
    }

    private boolean tryInsert(String merchantId, String owner, Date expiresAt) {
        try {
            mongo.execute(MerchantDataCollections.WRITE_LEASES, collection -> collection.insertOne(
                    new Document(MerchantFields.ID, merchantId).append("owner", owner).append("expiresAt", expiresAt)));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private boolean takeOverExpired(String merchantId, String owner, Date now, Date expiresAt) {
        return mongo.execute(MerchantDataCollections.WRITE_LEASES, collection -> collection.updateOne(
                Filters.and(Filters.eq(MerchantFields.ID, merchantId), Filters.lt("expiresAt", now)),
                Updates.combine(Updates.set("owner", owner), Updates.set("expiresAt", expiresAt)))
                .getModifiedCount()) == 1;
    }

    /** Another writer kept the merchant longer than a writer may wait: try again shortly. */
    public static class MerchantBusyException extends TemporarilyUnavailableException {

        public MerchantBusyException(String merchantId) {
            super("merchant-busy", "Merchant " + merchantId + " is being written by another request; try again shortly");
        }
    }
}
