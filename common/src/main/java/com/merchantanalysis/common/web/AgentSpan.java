package com.merchantanalysis.common.web;

import java.util.Optional;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The span the OpenTelemetry Java agent opened for the current request, when the agent is attached.
 * The agent rewrites the outgoing {@code traceparent}, so its trace id, not one of our own, is the one
 * the next service, the logs and Jaeger see. Without the agent the API answers an invalid span.
 */
final class AgentSpan {

    private AgentSpan() {
    }

    static Optional<TraceParent> current() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? Optional.of(new TraceParent(span.getTraceId(), span.getSpanId(), span.isSampled()))
                : Optional.empty();
    }
}
