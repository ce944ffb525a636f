package com.merchantanalysis.gateway.edge;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads and discards a request body the gateway answered without reading: a 413 for its declared size,
 * a refused token, a service that is down. Closing a connection with unread bytes makes the kernel send
 * a reset, and a client still uploading then loses the answer too ("header parser received no bytes"
 * instead of the 413). Servers do the same (Tomcat's maxSwallowSize); bounded in bytes and time.
 */
@Component
class UnreadBodyDrainWebFilter implements WebFilter, Ordered {

    private final EdgeSettings settings;

    UnreadBodyDrainWebFilter(EdgeSettings settings) {
        this.settings = settings;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!hasBody(request.getHeaders())) {
            return chain.filter(exchange);
        }
        AtomicBoolean read = new AtomicBoolean();
        ServerHttpRequestDecorator watched = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().doOnSubscribe(subscription -> read.set(true));
            }
        };
        Mono<Void> drainIfUnread = Mono.defer(() -> read.get() ? Mono.empty() : drain(request));
        return chain.filter(exchange.mutate().request(watched).build())
                .onErrorResume(error -> drainIfUnread.then(Mono.error(error)))
                .then(drainIfUnread);
    }

    private Mono<Void> drain(ServerHttpRequest request) {
        long maxBytes = settings.unreadBodyDrainSize().toBytes();
        if (request.getHeaders().getContentLength() > maxBytes) {
            return Mono.empty();
        }
        AtomicLong drained = new AtomicLong();
        return request.getBody()
                .takeWhile(buffer -> {
                    long total = drained.addAndGet(buffer.readableByteCount());
                    DataBufferUtils.release(buffer);
                    return total <= maxBytes;
                })
                .then()
                .timeout(settings.unreadBodyDrainTime())
                .onErrorResume(error -> Mono.empty());
    }

    private static boolean hasBody(HttpHeaders headers) {
        return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    @Override
    public int getOrder() {
        // Outside the body limit (which answers 413 without reading), inside the trace filter.
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
