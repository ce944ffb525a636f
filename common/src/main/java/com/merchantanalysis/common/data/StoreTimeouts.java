package com.merchantanalysis.common.data;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an app waits for MongoDB before it gives up and answers 503: a stalled store must not hang
 * every request (and with them the gateway) until it wakes.
 *
 * @param connectTimeout          opening a connection
 * @param serverSelectionTimeout  finding a server that answers at all
 * @param readTimeout             any one reply on an open connection; longer than the slowest single
 *                                operation the apps make (a few days' buckets, a bulk write of a batch)
 * @param retryReads              whether a read that failed on the network is tried once more (the driver's
 *                                retryable reads): it rides out a replica-set failover, but on a stalled
 *                                store it doubles the wait, and more while new connections queue
 */
@ConfigurationProperties("merchant.mongodb")
public record StoreTimeouts(
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("2s") Duration serverSelectionTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("true") boolean retryReads) {
}
