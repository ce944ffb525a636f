package com.merchantanalysis.gateway.health;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The deployment guide's checks: {@code /health} for the gateway itself, {@code /services/health}
 * for every service behind it. Both answer 503 with the same body shape when something is down.
 */
@RestController
class HealthController {

    private final HealthEndpoint gatewayHealth;
    private final ServicesHealthChecker services;

    HealthController(HealthEndpoint gatewayHealth, ServicesHealthChecker services) {
        this.gatewayHealth = gatewayHealth;
        this.services = services;
    }

    // probes call both without a token
    @SecurityRequirements
    @GetMapping("/health")
    Mono<ResponseEntity<Map<String, Object>>> health() {
        return Mono.fromCallable(() -> gatewayHealth.health().getStatus().getCode())
                .subscribeOn(Schedulers.boundedElastic())
                .map(status -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("service", "api-gateway");
                    body.put("status", status);
                    return ResponseEntity.status(ServicesHealthChecker.UP.equals(status) ? HttpStatus.OK
                            : HttpStatus.SERVICE_UNAVAILABLE).body(body);
                });
    }

    @SecurityRequirements
    @GetMapping("/services/health")
    Mono<ResponseEntity<Map<String, Object>>> servicesHealth() {
        return services.check().map(byService -> {
            boolean allUp = byService.values().stream().allMatch(s -> ServicesHealthChecker.UP.equals(s.status()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", allUp ? ServicesHealthChecker.UP : "DEGRADED");
            body.put("services", byService);
            return ResponseEntity.status(allUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
        });
    }
}
