package com.merchantanalysis.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import io.netty.handler.codec.http.HttpVersion;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;

/**
 * HTTP/1.0 keep-alive, as {@code ab -k} uses it: Reactor Netty keeps such a connection open but does
 * not say so, and an HTTP/1.0 client then waits for the connection to close, which never happens.
 * Saying {@code Connection: keep-alive} on the answer lets the client send its next request. Public for
 * the bare routing mode (gateway/bare), which has it too so that both modes are measured alike.
 */
@Component
public class Http10KeepAliveWebFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (isHttp10(request) && request.getHeaders().getConnection().stream().anyMatch("keep-alive"::equalsIgnoreCase)) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                if (!headers.getConnection().contains("close")) {
                    headers.setConnection("keep-alive");
                }
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    private static boolean isHttp10(ServerHttpRequest request) {
        Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request);
        return nativeRequest instanceof HttpServerRequest netty && HttpVersion.HTTP_1_0.equals(netty.version());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
