package com.merchantanalysis.gateway.web;

import com.merchantanalysis.common.web.TraceContextFilter;
import com.merchantanalysis.common.web.TraceParent;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Continues the client's trace or starts one: its id is in the answer ({@code X-Trace-Id}) and in the
 * gateway's problems, and {@link TraceParentHeadersFilter} passes it on to the routed service in
 * {@code traceparent}, so that the gateway's and the service's logs and errors share one trace id.
 * The request itself is left as it is: mutating it copied its headers and wrapped the exchange for
 * every filter after this one (async-profiler, issue 21).
 */
public class TraceContextWebFilter implements WebFilter, Ordered {

    private static final String ATTRIBUTE = TraceParent.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        TraceParent trace = TraceParent.ofRequest(exchange.getRequest().getHeaders().getFirst(TraceParent.HEADER));
        exchange.getAttributes().put(ATTRIBUTE, trace);
        exchange.getResponse().getHeaders().set(TraceContextFilter.TRACE_ID_HEADER, trace.traceId());
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The gateway's span of the exchange's trace, or null before this filter ran. */
    public static TraceParent traceOf(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE) instanceof TraceParent trace ? trace : null;
    }

    /** The trace id of the exchange, or null before this filter ran. */
    public static String traceIdOf(ServerWebExchange exchange) {
        TraceParent trace = traceOf(exchange);
        return trace == null ? null : trace.traceId();
    }
}
