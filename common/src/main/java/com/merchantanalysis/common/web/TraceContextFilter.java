package com.merchantanalysis.common.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request the trace it belongs to: continues the caller's {@code traceparent} or starts
 * a new trace, puts traceId/spanId in the log context and answers with {@code X-Trace-Id}.
 */
public class TraceContextFilter extends OncePerRequestFilter {

    public static final String TRACE_ID_HEADER = "X-Trace-Id";
    static final String ATTRIBUTE = TraceParent.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TraceParent trace = TraceParent.ofRequest(request.getHeader(TraceParent.HEADER));
        request.setAttribute(ATTRIBUTE, trace);
        response.setHeader(TRACE_ID_HEADER, trace.traceId());
        MDC.put("traceId", trace.traceId());
        MDC.put("spanId", trace.spanId());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("traceId");
            MDC.remove("spanId");
            MDC.remove("merchantId");
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    /** The trace id of the request being handled, or null outside a request. */
    public static String traceIdOf(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof TraceParent trace ? trace.traceId() : null;
    }
}
