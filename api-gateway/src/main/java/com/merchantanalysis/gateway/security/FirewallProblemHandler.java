package com.merchantanalysis.gateway.security;

import java.util.List;
import java.util.Set;

import com.merchantanalysis.gateway.web.ReactiveProblemWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's strict firewall refuses paths that are not normalised ({@code ..}, {@code //},
 * {@code ;}, encoded dots, slashes or percent signs, control characters) and methods such as TRACE,
 * before any route is matched. Its default answer is an empty 400; this one is problem+json, and 405
 * with {@code Allow} for a method.
 */
class FirewallProblemHandler implements ServerExchangeRejectedHandler {

    /** What Spring Security's strict firewall lets through. */
    static final List<HttpMethod> ALLOWED = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    private static final Logger log = LoggerFactory.getLogger(FirewallProblemHandler.class);

    private final ReactiveProblemWriter problems;

    FirewallProblemHandler(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException e) {
        HttpMethod method = exchange.getRequest().getMethod();
        // Not the exception's message: it can quote a header value, and a header can hold a token.
        log.info("Request refused by the firewall ({})", ALLOWED.contains(method) ? "path or header" : "method");
        if (!ALLOWED.contains(method)) {
            exchange.getResponse().getHeaders().setAllow(Set.copyOf(ALLOWED));
            return problems.write(exchange, HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed",
                    "This method is not allowed here");
        }
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "Bad Request",
                "The request URL or a header is not allowed: paths must be normalised (no '..', '//', ';', "
                        + "encoded '.', '/' or '%') and headers printable");
    }
}
