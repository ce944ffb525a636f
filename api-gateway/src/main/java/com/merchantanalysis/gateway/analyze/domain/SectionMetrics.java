package com.merchantanalysis.gateway.analyze.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.gateway.analyze.model.MerchantReport;
import com.merchantanalysis.gateway.analyze.model.SectionStatus;
import com.merchantanalysis.gateway.analyze.upstream.SectionSpec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code merchant_analyze_sections_total{section,status}}: every section of every report served,
 * cached or not. All combinations are registered at startup so dashboards see zeros, not gaps.
 */
@Component
class SectionMetrics {

    private final Map<String, Counter> counters = new HashMap<>();

    SectionMetrics(MeterRegistry meters) {
        for (SectionSpec<?, ?> spec : List.of(SectionSpec.CASH, SectionSpec.COST, SectionSpec.COMPLIANCE)) {
            for (SectionStatus status : SectionStatus.values()) {
                counters.put(spec.name() + ":" + status.json(), Counter.builder("merchant.analyze.sections")
                        .description("Sections of /merchant/analyze reports served, by outcome")
                        .tag("section", spec.name())
                        .tag("status", status.json())
                        .register(meters));
            }
        }
    }

    void served(MerchantReport report) {
        served(SectionSpec.CASH, report.cash().status());
        served(SectionSpec.COST, report.cost().status());
        served(SectionSpec.COMPLIANCE, report.compliance().status());
    }

    /** A report from the cache: only reports with every section ok are kept there. */
    void servedCachedReport() {
        served(SectionSpec.CASH, SectionStatus.OK);
        served(SectionSpec.COST, SectionStatus.OK);
        served(SectionSpec.COMPLIANCE, SectionStatus.OK);
    }

    private void served(SectionSpec<?, ?> spec, SectionStatus status) {
        counters.get(spec.name() + ":" + status.json()).increment();
    }
}
