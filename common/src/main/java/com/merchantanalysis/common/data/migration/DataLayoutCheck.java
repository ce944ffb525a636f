package com.merchantanalysis.common.data.migration;

import java.util.Optional;

import com.merchantanalysis.common.data.MerchantDataCollections;
import com.merchantanalysis.common.data.MerchantDataLayout;
import com.merchantanalysis.common.web.TemporarilyUnavailableException;
import com.mongodb.client.model.Sorts;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Whether the stored merchant data is at the layout this release reads. A database with nothing to
 * migrate (no layout-0 transactions) counts as current, so a new store works at once. Once current, a
 * process stays so; until then it asks the database again at most once a second.
 */
public class DataLayoutCheck {

    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final MongoOperations mongo;
    private volatile boolean current;
    private volatile long checkedAt;
    private volatile Optional<String> lastProblem = Optional.empty();

    public DataLayoutCheck(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** @throws DataLayoutNotReadyException while the data is at another layout */
    public void requireCurrent() {
        if (current) {
            return;
        }
        long now = System.nanoTime();
        if (checkedAt == 0 || now - checkedAt > RECHECK_NANOS) {
            lastProblem = problem();
            checkedAt = now;
            current = lastProblem.isEmpty();
        }
        lastProblem.ifPresent(problem -> {
            throw new DataLayoutNotReadyException(problem);
        });
    }

    private Optional<String> problem() {
        Document latest = mongo.execute(MerchantDataCollections.LAYOUT_MIGRATIONS,
                c -> c.find().sort(Sorts.descending("_id")).first());
        int version = latest == null ? 0 : ((Number) latest.get("_id")).intValue();
        if (version == MerchantDataLayout.VERSION) {
            return Optional.empty();
        }
        if (version > MerchantDataLayout.VERSION) {
            return Optional.of("The merchant data is at layout " + version + ", newer than this service reads ("
                    + MerchantDataLayout.VERSION + "); update the service");
        }
        boolean legacy = mongo.collectionExists(MerchantDataCollections.LEGACY_TRANSACTIONS)
                && mongo.execute(MerchantDataCollections.LEGACY_TRANSACTIONS, c -> c.find().first() != null) == Boolean.TRUE;
        return legacy ? Optional.of("The merchant data is being migrated to layout " + MerchantDataLayout.VERSION
                + " by data-simulator; try again shortly") : Optional.empty();
    }

    /** The data is not at the layout this release reads yet (or is at a newer one). */
    public static class DataLayoutNotReadyException extends TemporarilyUnavailableException {

        public DataLayoutNotReadyException(String message) {
            super("data-migrating", message);
        }
    }
}
