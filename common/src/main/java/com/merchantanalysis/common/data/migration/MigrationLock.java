package com.merchantanalysis.common.data.migration;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.merchantanalysis.common.data.MerchantDataCollections;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Lets one data-simulator instance at a time migrate: a lease document renewed every 10 s while the
 * migration runs. An instance that dies mid-migration stops renewing it, and another takes over 30 s
 * later.
 */
final class MigrationLock implements AutoCloseable {

    private static final String ID = "layout-migrations";
    private static final Duration TTL = Duration.ofSeconds(30);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final MongoOperations mongo;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "layout-migration-lock");
        thread.setDaemon(true);
        return thread;
    });

    private MigrationLock(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Waits until this instance holds the lock (at most {@code maxWait}), then keeps it renewed. */
    static MigrationLock acquire(MongoOperations mongo, Clock clock, Duration maxWait) {
        MigrationLock lock = new MigrationLock(mongo, clock);
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!lock.tryInsert() && !lock.takeOverExpired()) {
            if (System.nanoTime() > deadline) {
                lock.renewer.shutdownNow();
                throw new IllegalStateException("Another data-simulator kept migrating for longer than " + maxWait);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        lock.renewer.scheduleAtFixedRate(lock::renew, RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return lock;
    }

    @Override
    public void close() {
        renewer.shutdownNow();
        mongo.execute(MerchantDataCollections.WRITE_LEASES, c -> c.deleteOne(
                Filters.and(Filters.eq("_id", ID), Filters.eq("owner", owner))));
    }

    private boolean tryInsert() {
        try {
            mongo.execute(MerchantDataCollections.WRITE_LEASES, c -> c.insertOne(
                    new Document("_id", ID).append("owner", owner).append("expiresAt", expiry())));
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

    private boolean takeOverExpired() {
        return mongo.execute(MerchantDataCollections.WRITE_LEASES, c -> c.updateOne(
                Filters.and(Filters.eq("_id", ID), Filters.lt("expiresAt", Date.from(clock.instant()))),
                Updates.combine(Updates.set("owner", owner), Updates.set("expiresAt", expiry())))
                .getModifiedCount()) == 1;
    }

    private void renew() {
        mongo.execute(MerchantDataCollections.WRITE_LEASES, c -> c.updateOne(
                Filters.and(Filters.eq("_id", ID), Filters.eq("owner", owner)), Updates.set("expiresAt", expiry())));
    }

    private Date expiry() {
        return Date.from(clock.instant().plus(TTL));
    }
}
