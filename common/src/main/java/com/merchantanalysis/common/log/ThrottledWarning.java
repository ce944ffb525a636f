package com.merchantanalysis.common.log;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * A WARN line for a condition that may hit every request (a store outage): logged at once, then at
 * most once per interval with the number of occurrences since, so an outage cannot flood the log.
 */
public final class ThrottledWarning {

    private final Logger log;
    private final long intervalNanos;
    private final AtomicLong nextAllowed = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong suppressed = new AtomicLong();

    public ThrottledWarning(Logger log, Duration interval) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
    }

    /** Logs {@code message} (an SLF4J pattern) unless one was logged within the interval. */
    public void warn(String message, Object... arguments) {
        long now = System.nanoTime();
        long next = nextAllowed.get();
        if ((next == Long.MIN_VALUE || now - next >= 0) && nextAllowed.compareAndSet(next, now + intervalNanos)) {
            long since = suppressed.getAndSet(0);
            if (log.isWarnEnabled()) {
                log.warn(since == 0 ? message : message + " (" + since + " more since the last such line)", arguments);
            }
        } else {
            suppressed.incrementAndGet();
        }
    }
}
