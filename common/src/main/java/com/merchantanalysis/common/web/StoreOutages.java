package com.merchantanalysis.common.web;

import java.util.List;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Which errors mean "the store is not answering right now" (answered 503 with Retry-After, as the
 * request can simply be repeated) rather than a fault of ours (500). Spring Data translates most of
 * the driver's connection errors to {@link DataAccessResourceFailureException}, but not all: a read
 * caught while the driver clears its connection pool after a network error fails with
 * {@link MongoConnectionPoolClearedException} inside an uncategorized exception, and where reads are
 * not retried that reaches the client.
 */
public final class StoreOutages {

    private static final List<Class<? extends Throwable>> OUTAGES = List.of(
            DataAccessResourceFailureException.class, TransientDataAccessException.class,
            MongoSocketException.class, MongoTimeoutException.class, MongoConnectionPoolClearedException.class,
            MongoServerUnavailableException.class, MongoNotPrimaryException.class, MongoNodeIsRecoveringException.class);

    private StoreOutages() {
    }

    /** True when the error, or anything that caused it, is the store being unreachable or unavailable. */
    public static boolean explain(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<? extends Throwable> outage : OUTAGES) {
                if (outage.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }
}
