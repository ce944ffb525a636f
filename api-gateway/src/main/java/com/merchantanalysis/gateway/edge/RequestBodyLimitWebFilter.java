package com.merchantanalysis.gateway.edge;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.merchantanalysis.gateway.web.ReactiveProblemWriter;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 413 problem+json for a body over the limit: at once when Content-Length says so, otherwise (chunked)
 * as soon as the bytes read pass the limit, before a route or controller has buffered them.
 */
@Component
class RequestBodyLimitWebFilter implements WebFilter, Ordered {

    private final EdgeSettings settings;
    private final ReactiveProblemWriter problems;

    RequestBodyLimitWebFilter(EdgeSettings settings, ReactiveProblemWriter problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long maxBytes = settings.maxBytes(exchange.getRequest().getPath().value());
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            // Answered unread: UnreadBodyDrainWebFilter reads what the client is still sending.
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "Content too large", detail(maxBytes));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong read = new AtomicLong();
        AtomicBoolean tooLarge = new AtomicBoolean();
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().handle((buffer, sink) -> {
                    if (read.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        tooLarge.set(true);
                        DataBufferUtils.release(buffer);
                        sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, detail(maxBytes)));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        // Whoever read the body may have wrapped the error (a form reader makes it a 400): it is a 413.
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorMap(error -> tooLarge.get(),
                        error -> new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, detail(maxBytes), error));
    }

    private static String detail(long maxBytes) {
        return "The request body is larger than the gateway accepts (" + maxBytes + " bytes)";
    }

    @Override
    public int getOrder() {
        // Right after the trace filter, so the 413 carries the trace id; before security reads anything.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
