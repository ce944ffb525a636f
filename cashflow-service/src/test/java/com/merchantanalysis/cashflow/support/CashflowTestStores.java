package com.merchantanalysis.cashflow.support;

import com.merchantanalysis.common.localstores.LocalStores;

/** A real Redis for the API tests (MongoDB comes from the shared {@code EmbeddedMongo}). */
public final class CashflowTestStores {

    private static LocalStores redis;

    private CashflowTestStores() {
    }

    public static synchronized LocalStores redis() {
        if (redis == null) {
            redis = LocalStores.start(0, 0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(redis::close));
        }
        return redis;
    }
}
