package com.merchantanalysis.simulator.store;

import java.time.Clock;
import java.util.List;

import com.merchantanalysis.common.data.migration.BucketTransactionsMigration;
import com.merchantanalysis.common.data.migration.LayoutMigrations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * On start, data-simulator (the one writer) brings the stored data to the layout this release reads,
 * then finishes any write a stopped instance left half-done. It runs on its own thread, so the service
 * is up meanwhile; merchant requests answer 503 until the layout is current. If the store is down, the
 * next start tries again.
 */
@Component
class MerchantDataStartup {

    private static final Logger log = LoggerFactory.getLogger(MerchantDataStartup.class);

    private final LayoutMigrations migrations;
    private final TransactionStore store;

    MerchantDataStartup(MongoTemplate mongo, TransactionStore store, Clock clock) {
        this.migrations = new LayoutMigrations(mongo,
                List.of(new BucketTransactionsMigration(mongo, store.writer())), clock);
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::bringUpToDate, "merchant-data-startup");
        thread.setDaemon(true);
        thread.start();
    }

    void bringUpToDate() {
        try {
            migrations.run();
            int finished = store.finishInterruptedWrites();
            if (finished > 0) {
                log.warn("Finished {} write(s) that a stopped data-simulator had left half-done", finished);
            }
        } catch (RuntimeException e) {
            log.error("Could not bring the merchant data up to date; readers answer 503 until a restart does", e);
        }
    }
}
