package com.merchantanalysis.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/** Leases serve a client's next requests from tokens already taken from Redis, and nothing more. */
class TokenLeasesTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final TokenLeases leases = new TokenLeases(new RateLimitSettings.Lease(10, Duration.ofSeconds(1), 100),
            nanos::get);

    private static RedisRateLimiter.Config bucket(int burst, int requestedTokens) {
        return new RedisRateLimiter.Config().setReplenishRate(1).setBurstCapacity(burst)
                .setRequestedTokens(requestedTokens);
    }

    @Test
    void aLeaseIsAtMostATwentiethOfTheBurstSoSmallBudgetsAreCountedRequestByRequest() {
        assertThat(leases.requestsPerLease(bucket(3, 1))).isEqualTo(1);
        assertThat(leases.requestsPerLease(bucket(39, 1))).isEqualTo(1);
        assertThat(leases.requestsPerLease(bucket(100, 1))).isEqualTo(5);
        assertThat(leases.requestsPerLease(bucket(200, 2))).isEqualTo(5);
        assertThat(leases.requestsPerLease(bucket(100_000, 1))).isEqualTo(10);
    }

    @Test
    void maxRequestsOfOneTurnsLeasesOff() {
        TokenLeases off = new TokenLeases(new RateLimitSettings.Lease(1, Duration.ofSeconds(1), 100), nanos::get);

        assertThat(off.requestsPerLease(bucket(100_000, 1))).isEqualTo(1);
    }

    @Test
    void aLeaseServesExactlyTheTokensKeptAndSaysWhatIsLeft() {
        leases.keep("route", "client:a", 3, 50);

        assertThat(leases.take("route", "client:a", 1)).isEqualTo(52);
        assertThat(leases.take("route", "client:a", 1)).isEqualTo(51);
        assertThat(leases.take("route", "client:a", 1)).isEqualTo(50);
        assertThat(leases.take("route", "client:a", 1)).isEqualTo(-1);
    }

    @Test
    void leasesTakenTogetherByConcurrentRequestsAddUp() {
        leases.keep("route", "client:a", 2, 60);
        leases.keep("route", "client:a", 2, 50);

        assertThat(leases.take("route", "client:a", 1)).isEqualTo(53);
        assertThat(leases.take("route", "client:a", 1)).isEqualTo(52);
        assertThat(leases.take("route", "client:a", 1)).isEqualTo(51);
        assertThat(leases.take("route", "client:a", 1)).isEqualTo(50);
        assertThat(leases.take("route", "client:a", 1)).isEqualTo(-1);
    }

    @Test
    void aLeaseKeptAfterTheOlderOneRanOutOfTimeDoesNotReviveItsTokens() {
        leases.keep("route", "client:a", 5, 0);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        leases.keep("route", "client:a", 1, 0);

        assertThat(leases.take("route", "client:a", 1)).isEqualTo(0);
        assertThat(leases.take("route", "client:a", 1)).isEqualTo(-1);
    }

    @Test
    void aLeaseIsTheClientsOwnOnItsOwnRoute() {
        leases.keep("route", "client:a", 3, 50);

        assertThat(leases.take("route", "client:b", 1)).isEqualTo(-1);
        assertThat(leases.take("other-route", "client:a", 1)).isEqualTo(-1);
    }

    @Test
    void aRequestCostingMoreThanTheLeaseHasLeftIsNotServedFromIt() {
        leases.keep("route", "client:a", 3, 0);

        assertThat(leases.take("route", "client:a", 2)).isEqualTo(1);
        assertThat(leases.take("route", "client:a", 2)).isEqualTo(-1);
    }

    @Test
    void tokensNotSpentWithinTheLeaseTimeAreDropped() {
        leases.keep("route", "client:a", 5, 0);
        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(leases.take("route", "client:a", 1)).isEqualTo(4);

        nanos.addAndGet(Duration.ofMillis(1).toNanos());

        assertThat(leases.take("route", "client:a", 1)).isEqualTo(-1);
    }

    @Test
    void atMostMaxClientsLeasesAreKept() {
        for (int i = 0; i < 500; i++) {
            leases.keep("route", "client:" + i, 5, 0);
        }

        assertThat(leases.leaseCount()).isLessThanOrEqualTo(100);
    }
}
