package com.merchantanalysis.gateway.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import com.merchantanalysis.common.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class TokenRequestThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final TokenRequestThrottle throttle = new TokenRequestThrottle(
            new TokenThrottleSettings(3, Duration.ofMinutes(15), Duration.ofMinutes(5), 1000), clock);

    @Test
    void locksAClientIdAfterTheAllowedFailuresUntilTheLockoutEnds() {
        throttle.failed("shop-1");
        throttle.failed("shop-1");
        assertThatCode(() -> throttle.check("shop-1")).doesNotThrowAnyException();
        throttle.failed("shop-1");

        assertThatThrownBy(() -> throttle.check("shop-1")).isInstanceOf(TokenRequestsThrottledException.class)
                .satisfies(e -> assertThat(((TokenRequestsThrottledException) e).retryAfter()).isEqualTo(Duration.ofMinutes(5)));
        assertThatCode(() -> throttle.check("shop-2")).as("other clients are not affected").doesNotThrowAnyException();

        clock.advance(Duration.ofMinutes(5));
        assertThatCode(() -> throttle.check("shop-1")).doesNotThrowAnyException();
        throttle.failed("shop-1");
        assertThatCode(() -> throttle.check("shop-1")).as("a fresh window after the lockout").doesNotThrowAnyException();
    }

    @Test
    void failuresOutsideTheWindowAndSuccessesReset() {
        throttle.failed("shop-1");
        throttle.failed("shop-1");
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("shop-1");
        assertThatCode(() -> throttle.check("shop-1")).doesNotThrowAnyException();

        throttle.failed("shop-1");
        throttle.succeeded("shop-1");
        throttle.failed("shop-1");
        throttle.failed("shop-1");
        assertThatCode(() -> throttle.check("shop-1")).doesNotThrowAnyException();
    }

    @Test
    void logLinesCannotBeForgedThroughAClientId() {
        assertThat(TokenRequestThrottle.printable("shop\r\nINFO fake line")).isEqualTo("shop??INFO fake line");
    }

    @Test
    void aSignInLockSaysSoAndIsKeptApartFromTheClientOfTheSameName() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("user:shop-1");
        }

        assertThatThrownBy(() -> throttle.check("user:shop-1", "Too many failed sign-ins"))
                .isInstanceOf(TokenRequestsThrottledException.class).hasMessage("Too many failed sign-ins");
        assertThatCode(() -> throttle.check("shop-1")).as("the client shop-1 is not locked").doesNotThrowAnyException();
    }
}
