package com.merchantanalysis.common.data;

/**
 * What one {@link MerchantDataWriter#store} call did.
 *
 * @param stored      rows newly written (and counted in the daily rollups)
 * @param duplicates  rows skipped because the merchant already had their externalId on that day, or because the
 *                    same externalId came earlier in the batch
 */
public record StoreResult(int stored, int duplicates) {

    public static final StoreResult NONE = new StoreResult(0, 0);

    public StoreResult plus(StoreResult other) {
        return new StoreResult(stored + other.stored, duplicates + other.duplicates);
    }
}
