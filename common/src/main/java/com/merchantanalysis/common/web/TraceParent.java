package com.merchantanalysis.common.web;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} value. The OpenTelemetry agent propagates these in
 * production; without it, the gateway and the services still agree on one trace id per request.
 */
public record TraceParent(String traceId, String spanId, boolean sampled) {

    public static final String HEADER = "traceparent";

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String INVALID_TRACE_ID = "0".repeat(32);
    private static final String INVALID_SPAN_ID = "0".repeat(16);

    /** The parsed header, or empty if it is absent or not a valid version-00 traceparent. */
    public static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(header.trim());
        if (!matcher.matches() || matcher.group(1).equals(INVALID_TRACE_ID)
                || matcher.group(2).equals(INVALID_SPAN_ID)) {
            return Optional.empty();
        }
        boolean sampled = (Integer.parseInt(matcher.group(3), 16) & 1) == 1;
        return Optional.of(new TraceParent(matcher.group(1), matcher.group(2), sampled));
    }

    /**
     * The trace a received request belongs to: the OpenTelemetry agent's span when the agent is
     * attached, else a span continuing the caller's {@code traceparent}, else a new trace.
     */
    public static TraceParent ofRequest(String traceparentHeader) {
        return AgentSpan.current()
                .or(() -> parse(traceparentHeader).map(TraceParent::child))
                .orElseGet(TraceParent::newTrace);
    }

    /** A new trace with a new root span. */
    public static TraceParent newTrace() {
        return new TraceParent(randomHex(16), randomHex(8), true);
    }

    /** A span of this trace, as when this process handles a request it received. */
    public TraceParent child() {
        return new TraceParent(traceId, randomHex(8), sampled);
    }

    public String header() {
        return "00-" + traceId + "-" + spanId + (sampled ? "-01" : "-00");
    }

    /** Trace ids need to be unique, not secret: a shared SecureRandom made every request queue on one lock. */
    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
