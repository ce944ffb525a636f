package com.merchantanalysis.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whose budget a request spends: the verified token's client id (its subject), or for a request
 * without a token the caller's IP address. Never a header the client could choose, such as
 * X-Forwarded-For.
 */
@Component("clientKeyResolver")
public class ClientKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication authentication && authentication.isAuthenticated())
                .map(principal -> "client:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + address(exchange)));
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
