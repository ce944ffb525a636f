package com.merchantanalysis.common.data.migration;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.merchantanalysis.common.data.MerchantDataCollections;
import com.mongodb.client.model.Filters;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Brings the database to the layout this release reads: runs each {@link LayoutMigration} not yet
 * recorded in {@value MerchantDataCollections#LAYOUT_MIGRATIONS}, in version order, and records it once
 * it has run. Run by data-simulator (the one writer) on start; readers wait for it with
 * {@link DataLayoutCheck}.
 */
public class LayoutMigrations {

    private static final Logger log = LoggerFactory.getLogger(LayoutMigrations.class);

    private final MongoOperations mongo;
    private final List<LayoutMigration> migrations;
    private final Clock clock;

    public LayoutMigrations(MongoOperations mongo, List<LayoutMigration> migrations, Clock clock) {
        this.mongo = mongo;
        this.migrations = migrations.stream().sorted(Comparator.comparingInt(LayoutMigration::version)).toList();
        this.clock = clock;
    }

    /**
     * Runs what is not recorded yet, holding the migration lock so that two instances starting together
     * do not migrate at once; the second finds the work recorded once the first is done.
     *
     * @return how many migrations ran
     */
    public int run() {
        if (migrations.stream().allMatch(this::recorded)) {
            return 0;
        }
        int ran = 0;
        try (MigrationLock lock = MigrationLock.acquire(mongo, clock, Duration.ofHours(2))) {
            for (LayoutMigration migration : migrations) {
                if (recorded(migration)) {
                    continue;
                }
                log.info("Migrating the merchant data to layout {}: {}", migration.version(),
                        migration.description());
                long started = System.nanoTime();
                migration.apply();
                long millis = (System.nanoTime() - started) / 1_000_000;
                mongo.execute(MerchantDataCollections.LAYOUT_MIGRATIONS, c -> c.insertOne(
                        new Document("_id", migration.version()).append("description", migration.description())
                                .append("appliedAt", Date.from(clock.instant())).append("millis", millis)));
                log.info("Merchant data is at layout {} ({} ms)", migration.version(), millis);
                ran++;
            }
        }
        return ran;
    }

    private boolean recorded(LayoutMigration migration) {
        return mongo.execute(MerchantDataCollections.LAYOUT_MIGRATIONS,
                c -> c.find(Filters.eq("_id", migration.version())).first() != null);
    }
}
