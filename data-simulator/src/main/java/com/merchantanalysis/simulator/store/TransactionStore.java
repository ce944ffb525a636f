package com.merchantanalysis.simulator.store;

import java.time.Clock;
import java.util.List;

import com.merchantanalysis.common.data.MerchantDataWriter;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.StoreResult;
import com.merchantanalysis.common.data.TransactionDocument;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * data-simulator's door to the merchant-data writer: simulation, imports, repairs and deletes all go
 * through here, so the stored-transactions metric counts every write.
 */
@Component
public class TransactionStore {

    private final MerchantDataWriter writer;
    private final Counter storedCounter;

    TransactionStore(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.writer = new MerchantDataWriter(mongo, clock);
        this.storedCounter = Counter.builder("simulator.transactions.stored")
                .description("Transactions written to the store (simulated and imported)").register(meters);
    }

    /**
     * Stores the batch for the merchant; rows it already has on the same local day (by externalId) are
     * skipped and counted as duplicates. Raises the merchant's dataVersion.
     */
    public StoreResult store(MerchantDocument merchant, List<TransactionDocument> batch) {
        StoreResult result = writer.store(merchant, batch);
        storedCounter.increment(result.stored());
        return result;
    }

    /** Sets every daily rollup of the merchant again from its stored transactions. */
    public int rebuildSummaries(MerchantDocument merchant) {
        return writer.rebuild(merchant);
    }

    /** Deletes the merchant's transactions and rollups. */
    public long deleteData(MerchantDocument merchant) {
        return writer.delete(merchant);
    }

    /** Finishes the writes a stopped data-simulator left half-done. */
    public int finishInterruptedWrites() {
        return writer.finishInterruptedWrites();
    }

    /** Raises the merchant's dataVersion, telling readers (and their caches) that its data changed. */
    public void markChanged(String merchantId) {
        writer.markChanged(merchantId);
    }

    MerchantDataWriter writer() {
        return writer;
    }
}
