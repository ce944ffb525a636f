package com.merchantanalysis.gateway.security;

import java.util.List;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Drops identity headers a client may send (a service learns who calls only from the verified token)
 * from every routed request. It runs where the gateway builds the outgoing headers anyway, so a
 * request without such headers costs nothing; four RemoveRequestHeader route filters each copied
 * the request's headers.
 */
class ClientIdentityHeadersFilter implements HttpHeadersFilter {

    static final List<String> IDENTITY_HEADERS = List.of("X-Merchant-Id", "X-Client-Id", "X-Roles", "X-User-Id");

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        if (IDENTITY_HEADERS.stream().noneMatch(input::containsHeader)) {
            return input;
        }
        HttpHeaders filtered = new HttpHeaders();
        filtered.addAll(input);
        IDENTITY_HEADERS.forEach(filtered::remove);
        return filtered;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }
}
