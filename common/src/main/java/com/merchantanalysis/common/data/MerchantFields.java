package com.merchantanalysis.common.data;

/**
 * The stored field names of the merchant-data contract, for queries and updates written by hand (the
 * writer's bulk operations, a profile edit). They are the component names of {@link MerchantDocument} and
 * the day documents; {@code MerchantFieldsTest} fails when a record and these names part.
 */
public final class MerchantFields {

    /** Every document's key. */
    public static final String ID = "_id";
    /** The merchant a day document, summary or journal entry belongs to. */
    public static final String MERCHANT_ID = "merchantId";
    /** The local day of a day document or summary. */
    public static final String DATE = "date";

    public static final String NAME = "name";
    public static final String INDUSTRY = "industry";
    public static final String CITY = "city";
    public static final String CITY_TIER = "cityTier";
    public static final String OPENING_CASH_BALANCE = "openingCashBalance";
    public static final String CHANNELS = "channels";
    public static final String LICENCES = "licences";
    public static final String DATA_VERSION = "dataVersion";
    public static final String DATA_FROM = "dataFrom";
    public static final String DATA_TO = "dataTo";
    public static final String LAST_TRANSACTION_DAY = "lastTransactionDay";

    private MerchantFields() {
    }
}
