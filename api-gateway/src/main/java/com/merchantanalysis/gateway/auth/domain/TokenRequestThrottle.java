package com.merchantanalysis.gateway.auth.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Locks a client id after repeated failed token requests, whether the id exists or not (so the answer
 * does not tell which ids exist). While locked, every request for that id gets 429 without its secret
 * being checked, so guessing gains nothing. Kept in memory per gateway instance: with n instances an
 * attacker gets at most n times the budget, which bcrypt's cost still makes useless for guessing.
 * The price is that anyone can lock a client id out for a few minutes by failing on purpose.
 */
@Component
public class TokenRequestThrottle {

    private static final Logger log = LoggerFactory.getLogger(TokenRequestThrottle.class);

    private final TokenThrottleSettings settings;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    TokenRequestThrottle(TokenThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Duration keep = settings.window().compareTo(settings.lockout()) > 0 ? settings.window() : settings.lockout();
        this.failures = Caffeine.newBuilder().maximumSize(settings.maxTracked()).expireAfterWrite(keep).build();
    }

    /** Throws {@link TokenRequestsThrottledException} while the client id is locked. */
    public void check(String clientId) {
        Duration locked = lockedFor(clientId);
        if (locked != null) {
            throw new TokenRequestsThrottledException(locked);
        }
    }

    /**
     * The same for a user's sign-in: {@code key} is the caller's own namespace (e.g. {@code user:<name>}), so
     * that a user and a client never share a count.
     */
    public void check(String key, String refusal) {
        Duration locked = lockedFor(key);
        if (locked != null) {
            throw new TokenRequestsThrottledException(locked, refusal);
        }
    }

    private Duration lockedFor(String clientId) {
        Failures current = failures.getIfPresent(key(clientId));
        Instant now = clock.instant();
        if (current != null && current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
            return Duration.between(now, current.lockedUntil());
        }
        return null;
    }

    public void failed(String clientId) {
        Instant now = clock.instant();
        Failures updated = failures.asMap().compute(key(clientId), (key, current) -> {
            Failures base = current == null || current.windowStart().plus(settings.window()).isBefore(now)
                    || (current.lockedUntil() != null && !now.isBefore(current.lockedUntil()))
                    ? new Failures(now, 0, null) : current;
            int count = base.count() + 1;
            return new Failures(base.windowStart(), count,
                    count >= settings.maxFailures() ? now.plus(settings.lockout()) : null);
        });
        if (updated.count() == settings.maxFailures()) {
            log.warn("Token requests or sign-ins for '{}' locked for {} s after {} failures", printable(clientId),
                    settings.lockout().toSeconds(), updated.count());
        }
    }

    public void succeeded(String clientId) {
        failures.invalidate(key(clientId));
    }

    private static String key(String clientId) {
        return clientId == null ? "" : clientId.length() > 100 ? clientId.substring(0, 100) : clientId;
    }

    /** A client id as safe for one log line (no line breaks or control characters). */
    static String printable(String clientId) {
        return key(clientId).replaceAll("\\p{Cntrl}", "?");
    }

    private record Failures(Instant windowStart, int count, Instant lockedUntil) {
    }
}
