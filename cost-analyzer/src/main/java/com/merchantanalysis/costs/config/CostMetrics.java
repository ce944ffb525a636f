package com.merchantanalysis.costs.config;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The service's business metrics, registered when it starts so that dashboards see them before the
 * first request: {@code cost_analysis_seconds{analysis}} and {@code cost_anomalies_found_total}.
 */
@Component
public class CostMetrics {

    /** Every analysis the service answers, as the {@code analysis} tag names it. */
    public static final List<String> ANALYSES = List.of("structure", "break-even", "benchmarks", "fee-audit",
            "anomalies", "actions", "summary");

    private final Map<String, Timer> timers;
    private final Counter anomaliesFound;

    CostMetrics(MeterRegistry registry) {
        this.timers = ANALYSES.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(name -> name,
                name -> Timer.builder("cost.analysis").description("Time to answer one cost analysis, cached or not")
                        .tag("analysis", name).register(registry)));
        this.anomaliesFound = Counter.builder("cost.anomalies.found")
                .description("Cost lines found breaking their own pattern (computed answers only, not cache hits)")
                .register(registry);
    }

    public <T> T time(String analysis, Supplier<T> work) {
        Timer timer = timers.get(analysis);
        if (timer == null) {
            throw new IllegalArgumentException("Unknown analysis " + analysis);
        }
        return timer.record(work);
    }

    public void anomaliesFound(int count) {
        anomaliesFound.increment(count);
    }
}
