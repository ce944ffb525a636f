package com.merchantanalysis.simulator.transaction.domain;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.simulator.store.TransactionStore;

import org.springframework.stereotype.Service;

/**
 * The repair an operator can ask for: every daily rollup of a merchant set again from its stored
 * transactions. The store does the work under the merchant's write lease; this is the transaction
 * feature's door to it.
 */
@Service
public class RollupRepair {

    private final TransactionStore store;

    RollupRepair(TransactionStore store) {
        this.store = store;
    }

    /** The number of days whose rollups were set; raises the merchant's data version. */
    public int rebuild(MerchantDocument merchant) {
        return store.rebuildSummaries(merchant);
    }
}
