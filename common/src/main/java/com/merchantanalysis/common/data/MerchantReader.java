package com.merchantanalysis.common.data;

import com.merchantanalysis.common.data.migration.DataLayoutCheck;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.NotFoundException;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Reads a merchant for a caller: the merchant if it exists and the caller may see it, otherwise
 * 404 — the same answer either way, so that a merchant token learns nothing about other merchants.
 * Refuses (503) while the stored data is not at the layout this release reads.
 */
public class MerchantReader {

    private final MongoOperations mongo;
    private final DataLayoutCheck layout;

    public MerchantReader(MongoOperations mongo, DataLayoutCheck layout) {
        this.mongo = mongo;
        this.layout = layout;
    }

    public MerchantDocument require(Caller caller, String merchantId) {
        requireVisible(caller, merchantId);
        MerchantDocument merchant = mongo.findById(merchantId, MerchantDocument.class);
        if (merchant == null) {
            throw NotFoundException.merchant(merchantId);
        }
        return merchant;
    }

    /**
     * The checks of {@link #require} that need no read: the data layout, and that the caller may see this
     * merchant. For answers served from the cache by a data version the caller already knows.
     */
    public void requireVisible(Caller caller, String merchantId) {
        layout.requireCurrent();
        if (merchantId == null || !caller.maySee(merchantId)) {
            throw NotFoundException.merchant(merchantId);
        }
    }
}
