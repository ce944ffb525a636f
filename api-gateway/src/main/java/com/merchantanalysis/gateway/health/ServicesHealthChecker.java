package com.merchantanalysis.gateway.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Asks every instance of every service for its readiness, live and in parallel. */
@Component
class ServicesHealthChecker {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    private final ReactiveDiscoveryClient discovery;
    private final WebClient webClient;
    private final ServicesHealthSettings settings;

    ServicesHealthChecker(ReactiveDiscoveryClient discovery, WebClient.Builder webClient, ServicesHealthSettings settings) {
        this.discovery = discovery;
        this.webClient = webClient.build();
        this.settings = settings;
    }

    Mono<Map<String, ServiceHealth>> check() {
        return Flux.fromIterable(settings.services())
                .flatMapSequential(service -> checkService(service).map(health -> Map.entry(service, health)))
                .collectList()
                .map(entries -> {
                    Map<String, ServiceHealth> byService = new LinkedHashMap<>();
                    entries.forEach(entry -> byService.put(entry.getKey(), entry.getValue()));
                    return byService;
                });
    }

    private Mono<ServiceHealth> checkService(String service) {
        return discovery.getInstances(service)
                .onErrorResume(e -> Flux.empty())
                .flatMap(this::checkInstance)
                .collectList()
                .map(ServicesHealthChecker::summarise);
    }

    private Mono<InstanceCheck> checkInstance(ServiceInstance instance) {
        long started = System.nanoTime();
        return webClient.get()
                .uri(instance.getUri().resolve("/actuator/health/readiness"))
                .retrieve()
                .bodyToMono(HealthAnswer.class)
                .map(answer -> new InstanceCheck(UP.equals(answer.status()), elapsedMs(started)))
                .timeout(settings.timeout())
                .onErrorResume(e -> Mono.just(new InstanceCheck(false, elapsedMs(started))));
    }

    private static ServiceHealth summarise(List<InstanceCheck> checks) {
        int up = (int) checks.stream().filter(InstanceCheck::up).count();
        Long fastest = checks.stream().filter(InstanceCheck::up).map(InstanceCheck::millis).min(Long::compare)
                .orElse(null);
        return new ServiceHealth(up > 0 ? UP : DOWN, fastest, checks.size(), up);
    }

    private static long elapsedMs(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }

    private record InstanceCheck(boolean up, long millis) {
    }

    /** Only the status matters; the components are the service's own business. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record HealthAnswer(String status) {
    }
}
