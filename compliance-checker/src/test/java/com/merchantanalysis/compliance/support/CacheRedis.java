package com.merchantanalysis.compliance.support;

import com.merchantanalysis.common.localstores.LocalStores;

/**
 * A real Redis for the summary cache, one per test JVM, that a test can stop and start again on the same
 * port to see the service answer while Redis is down.
 */
public final class CacheRedis {

    private static LocalStores stores;
    private static int port;

    private CacheRedis() {
    }

    public static synchronized String uri() {
        if (stores == null) {
            stores = LocalStores.start(0, port, null);
            String uri = stores.redisUri();
            port = Integer.parseInt(uri.substring(uri.lastIndexOf(':') + 1));
            Runtime.getRuntime().addShutdownHook(new Thread(CacheRedis::stop));
        }
        return stores.redisUri();
    }

    public static synchronized void stop() {
        if (stores != null) {
            stores.close();
            stores = null;
        }
    }

    /** Starts Redis again on the port the running context was given. */
    public static synchronized void restart() {
        if (stores == null) {
            stores = LocalStores.start(0, port, null);
        }
    }
}
