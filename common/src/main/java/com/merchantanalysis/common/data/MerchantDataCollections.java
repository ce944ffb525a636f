package com.merchantanalysis.common.data;

/**
 * Names of the collections that make up the shared merchant-data contract.
 * data-simulator is their only writer; the analysis services only read them.
 */
public final class MerchantDataCollections {

    public static final String MERCHANTS = "merchants";
    public static final String TRANSACTIONS = "transactions";
    public static final String DAILY_SUMMARIES = "daily_summaries";

    private MerchantDataCollections() {
    }
}
