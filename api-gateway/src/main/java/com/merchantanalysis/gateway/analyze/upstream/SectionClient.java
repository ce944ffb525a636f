package com.merchantanalysis.gateway.analyze.upstream;

import java.util.List;
import java.util.concurrent.TimeoutException;

import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.common.web.TraceParent;
import com.merchantanalysis.gateway.analyze.AnalyzeSettings;
import com.merchantanalysis.gateway.analyze.model.AnalyzeQuery;
import com.merchantanalysis.gateway.analyze.model.Section;
import com.merchantanalysis.gateway.analyze.model.SectionBody;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * Asks one service for its summary through the load balancer, with the caller's token, inside that
 * service's bulkhead, time limiter, circuit breaker and retry. Never fails: whatever goes wrong comes
 * back as an unavailable section saying why, in words fit for the caller (no hosts, no classes), in the
 * report's language, which the service is asked to answer in too.
 */
@Component
public class SectionClient {

    private static final Logger log = LoggerFactory.getLogger(SectionClient.class);

    private final WebClient webClient;
    private final AnalyzeSettings settings;
    private final CircuitBreakerRegistry circuitBreakers;
    private final RetryRegistry retries;
    private final BulkheadRegistry bulkheads;
    private final TimeLimiterRegistry timeLimiters;
    private final MessageSource messages;

    SectionClient(WebClient.Builder webClient, ReactiveLoadBalancer.Factory<ServiceInstance> loadBalancers,
            AnalyzeSettings settings, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
            BulkheadRegistry bulkheads, TimeLimiterRegistry timeLimiters, MessageSource messages) {
        // Its own load-balancing filter, not a @LoadBalanced builder bean: that would also turn the
        // health checker's calls to concrete instances into service-id lookups. Retries are Resilience4j's.
        this.webClient = webClient.clone()
                .filter(new ReactorLoadBalancerExchangeFilterFunction(loadBalancers, List.of()))
                .build();
        this.settings = settings;
        this.circuitBreakers = circuitBreakers;
        this.retries = retries;
        this.bulkheads = bulkheads;
        this.timeLimiters = timeLimiters;
        this.messages = messages;
        // Created now, so that their state shows in /actuator/prometheus before the first report.
        for (SectionSpec<?, ?> spec : List.of(SectionSpec.CASH, SectionSpec.COST, SectionSpec.COMPLIANCE)) {
            circuitBreakers.circuitBreaker(spec.service());
            retries.retry(spec.service());
            bulkheads.bulkhead(spec.service());
            timeLimiters.timeLimiter(spec.service());
        }
    }

    /**
     * The section as the service computed it, ok or stale against {@code merchantDataVersion}, or
     * unavailable.
     */
    public <U extends UpstreamSummary<S>, S extends SectionBody> Mono<Section<S>> fetch(SectionSpec<U, S> spec,
            AnalyzeQuery query, long merchantDataVersion, String bearerToken, TraceParent trace) {
        String service = spec.service();
        Mono<U> call = webClient.get()
                // The version just read lets the service serve its cached answer without reading the merchant.
                .uri(builder -> spec.uri().apply(builder.scheme("http").host(service)
                        .queryParam("dataVersion", merchantDataVersion), query))
                .headers(headers -> {
                    headers.setBearerAuth(bearerToken);
                    headers.set(HttpHeaders.ACCEPT_LANGUAGE, query.language().tag());
                    if (trace != null) {
                        headers.set(TraceParent.HEADER, trace.child().header());
                    }
                })
                .retrieve()
                .bodyToMono(spec.answerType());
        return call
                .transformDeferred(BulkheadOperator.of(bulkheads.bulkhead(service)))
                .transformDeferred(TimeLimiterOperator.of(timeLimiters.timeLimiter(service)))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreakers.circuitBreaker(service)))
                .transformDeferred(RetryOperator.of(retries.retry(service)))
                .timeout(settings.sectionDeadline())
                .map(answer -> Section.computed(service, merchantDataVersion, answer.dataVersion(), answer.toSection(),
                        text(query, "section.stale", String.valueOf(answer.dataVersion()), String.valueOf(merchantDataVersion))))
                .onErrorResume(error -> Mono.just(Section.unavailable(service, reason(service, error, query))));
    }

    private String reason(String service, Throwable error, AnalyzeQuery query) {
        if (error instanceof CallNotPermittedException) {
            return text(query, "section.circuit-open");
        }
        if (error instanceof BulkheadFullException) {
            return text(query, "section.bulkhead-full");
        }
        if (error instanceof TimeoutException) {
            return text(query, "section.timeout");
        }
        if (error instanceof WebClientResponseException response) {
            log.warn("{} answered {} to a summary request", service, response.getStatusCode().value());
            return text(query, "section.http-status", String.valueOf(response.getStatusCode().value()));
        }
        if (error instanceof WebClientRequestException) {
            return text(query, "section.unreachable");
        }
        log.warn("{} summary could not be read: {}", service, error.toString());
        return text(query, "section.unreadable");
    }

    private String text(AnalyzeQuery query, String key, Object... arguments) {
        return new Wording(messages, query.language().locale()).text(key, arguments);
    }
}
