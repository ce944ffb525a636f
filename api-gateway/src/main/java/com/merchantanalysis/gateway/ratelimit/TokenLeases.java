package com.merchantanalysis.gateway.ratelimit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/**
 * Tokens this gateway instance has taken from a client's shared Redis bucket ahead of that client's
 * next requests, so that only about one request in {@code maxRequests} pays a Redis round trip. The
 * limit stays one per client across every gateway instance: a leased token has left the shared bucket
 * before it is spent here, and one not spent within {@code time} of the last one taken is dropped, never
 * returned. Leasing only shifts when a client spends tokens the bucket gave it, by at most {@code time}.
 * Each draw is at most a twentieth of the burst capacity (and {@code maxRequests}), so a small budget
 * (tests, strict clients) gets no lease at all and is counted in Redis request by request.
 */
final class TokenLeases {

    /** A lease is at most this fraction of the burst capacity. */
    static final int BURST_SHARE = 20;

    private final int maxRequests;
    private final long timeNanos;
    private final LongSupplier nanoTime;
    private final Cache<String, Lease> leases;

    TokenLeases(RateLimitSettings.Lease settings, LongSupplier nanoTime) {
        this.maxRequests = settings.maxRequests();
        this.timeNanos = settings.time().toNanos();
        this.nanoTime = nanoTime;
        this.leases = Caffeine.newBuilder()
                .maximumSize(settings.maxClients())
                .expireAfterWrite(settings.time().toNanos(), TimeUnit.NANOSECONDS)
                .ticker(nanoTime::getAsLong)
                .executor(Runnable::run)
                .build();
    }

    TokenLeases(RateLimitSettings.Lease settings) {
        this(settings, System::nanoTime);
    }

    /** How many requests' tokens to take from Redis at once for a bucket so configured; 1 is no lease. */
    int requestsPerLease(RedisRateLimiter.Config config) {
        long perRequest = Math.max(1, config.getRequestedTokens());
        long share = config.getBurstCapacity() / (BURST_SHARE * perRequest);
        return (int) Math.max(1, Math.min(maxRequests, share));
    }

    /**
     * Spends one request's tokens from the client's lease: the tokens the client has left (in Redis
     * when the lease was taken, plus the lease's), or -1 when it has no lease with tokens left.
     */
    long take(String routeId, String clientKey, int requestedTokens) {
        Lease lease = leases.getIfPresent(key(routeId, clientKey));
        if (lease == null || nanoTime.getAsLong() - lease.takenAt >= timeNanos) {
            return -1;
        }
        long left = lease.tokens.getAndUpdate(tokens -> tokens >= requestedTokens ? tokens - requestedTokens : tokens);
        return left >= requestedTokens ? lease.bucketLeft + left - requestedTokens : -1;
    }

    /**
     * Keeps tokens just taken from Redis for the client's next requests. Concurrent requests of one
     * client that found no lease each took one: their tokens add up rather than replace each other
     * (each was taken from the bucket, so none may be lost while the lease lives).
     */
    void keep(String routeId, String clientKey, long tokens, long bucketLeft) {
        long now = nanoTime.getAsLong();
        leases.asMap().merge(key(routeId, clientKey), new Lease(new AtomicLong(tokens), bucketLeft, now),
                (older, newer) -> {
                    if (now - older.takenAt >= timeNanos) {
                        return newer;
                    }
                    // The same counter: a request spending from the older lease right now still counts.
                    older.tokens.addAndGet(tokens);
                    return new Lease(older.tokens, bucketLeft, now);
                });
    }

    /** How many clients have a lease now (for tests). */
    long leaseCount() {
        leases.cleanUp();
        return leases.estimatedSize();
    }

    private static String key(String routeId, String clientKey) {
        return routeId + '\n' + clientKey;
    }

    private record Lease(AtomicLong tokens, long bucketLeft, long takenAt) {
    }
}
