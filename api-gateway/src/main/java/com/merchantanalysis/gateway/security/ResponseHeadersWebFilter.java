package com.merchantanalysis.gateway.security;

import java.util.List;

import com.merchantanalysis.common.web.TraceContextFilter;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Headers every answer of port 8000 carries, whoever wrote it (a route, a controller, the firewall):
 * {@code nosniff}; {@code Cache-Control: no-store} on the API, which is all merchant data; HSTS where
 * TLS is in front (docker profile). Also keeps one {@code X-Trace-Id} when a service sent its own.
 */
class ResponseHeadersWebFilter implements WebFilter, Ordered {

    private final String hsts;

    ResponseHeadersWebFilter(GatewaySecuritySettings settings) {
        this.hsts = settings.hsts() ? "max-age=" + settings.hstsMaxAge().toSeconds() + "; includeSubDomains" : null;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        boolean merchantData = path.startsWith("/api/") || path.startsWith("/merchant/");
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            if (merchantData) {
                String cacheControl = headers.getCacheControl();
                if (cacheControl == null || !cacheControl.contains("no-store")) {
                    headers.setCacheControl("no-store");
                }
            }
            if (hsts != null) {
                headers.set("Strict-Transport-Security", hsts);
            }
            List<String> traceIds = headers.get(TraceContextFilter.TRACE_ID_HEADER);
            if (traceIds != null && traceIds.size() > 1) {
                headers.set(TraceContextFilter.TRACE_ID_HEADER, traceIds.get(0));
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 3;
    }
}
