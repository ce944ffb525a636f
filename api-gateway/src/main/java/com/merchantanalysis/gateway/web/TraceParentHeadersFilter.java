package com.merchantanalysis.gateway.web;

import com.merchantanalysis.common.web.TraceParent;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sends a routed request on with the gateway's span of its trace ({@link TraceContextWebFilter}) in
 * {@code traceparent}, where the gateway builds the outgoing headers anyway.
 */
public class TraceParentHeadersFilter implements HttpHeadersFilter {

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        TraceParent trace = TraceContextWebFilter.traceOf(exchange);
        if (trace == null) {
            return input;
        }
        HttpHeaders traced = new HttpHeaders();
        traced.addAll(input);
        traced.set(TraceParent.HEADER, trace.header());
        return traced;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }
}
