package com.merchantanalysis.common.data;

/**
 * Names of the collections that make up the shared merchant-data contract.
 * data-simulator is their only writer; the analysis services only read them.
 */
public final class MerchantDataCollections {

    public static final String MERCHANTS = "merchants";
    /** Transactions in day buckets, read by key: see {@link MerchantDataLayout}. */
    public static final String TRANSACTION_DAYS = "transaction_days";
    public static final String DAILY_SUMMARIES = "daily_summaries";
    /** Writes begun and not yet finished, finished by data-simulator on start. */
    public static final String WRITE_JOURNAL = "merchant_write_journal";
    /** One document per merchant being written: keeps two writers off the same merchant. */
    public static final String WRITE_LEASES = "merchant_write_leases";
    /** The layout migrations applied to this database, one document each. */
    public static final String LAYOUT_MIGRATIONS = "layout_migrations";
    /** Layout 0 (before buckets): one document per transaction. Read only by the migration. */
    public static final String LEGACY_TRANSACTIONS = "transactions";

    private MerchantDataCollections() {
    }
}
