package com.merchantanalysis.gateway.web;

import com.merchantanalysis.common.web.TraceContextFilter;
import com.merchantanalysis.common.web.TraceParent;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Continues the client's trace or starts one, and passes it on to the routed service in
 * {@code traceparent}, so that the gateway's and the service's logs and errors share one trace id.
 */
public class TraceContextWebFilter implements WebFilter, Ordered {

    private static final String ATTRIBUTE = TraceParent.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        TraceParent trace = TraceParent.ofRequest(exchange.getRequest().getHeaders().getFirst(TraceParent.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(TraceParent.HEADER, trace.header()))
                .build();
        ServerWebExchange traced = exchange.mutate().request(request).build();
        traced.getAttributes().put(ATTRIBUTE, trace);
        traced.getResponse().getHeaders().set(TraceContextFilter.TRACE_ID_HEADER, trace.traceId());
        return chain.filter(traced);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The trace id of the exchange, or null before this filter ran. */
    public static String traceIdOf(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE) instanceof TraceParent trace ? trace.traceId() : null;
    }
}
