package com.merchantanalysis.gateway.analyze.upstream;

import java.net.URI;
import java.util.Optional;
import java.util.function.BiFunction;

import com.merchantanalysis.gateway.analyze.model.AnalyzeQuery;
import com.merchantanalysis.gateway.analyze.model.CashSection;
import com.merchantanalysis.gateway.analyze.model.ComplianceSection;
import com.merchantanalysis.gateway.analyze.model.CostSection;
import com.merchantanalysis.gateway.analyze.model.SectionBody;

import org.springframework.web.util.UriBuilder;

/**
 * One section of the report: which service computes it, where its summary endpoint is, and the types
 * its answer is read into. The service name is also the name of its circuit breaker, retry, bulkhead
 * and time limiter (see application.yml, {@code resilience4j.*}).
 */
public record SectionSpec<U extends UpstreamSummary<S>, S extends SectionBody>(String name, String service,
        Class<U> answerType, Class<S> bodyType, BiFunction<UriBuilder, AnalyzeQuery, URI> uri) {

    public static final SectionSpec<CashflowSummary, CashSection> CASH = new SectionSpec<>("cash",
            "cashflow-service", CashflowSummary.class, CashSection.class,
            (builder, query) -> builder.path("/api/v1/cashflow/merchants/{id}/summary")
                    .queryParam("horizon", query.horizon())
                    .queryParamIfPresent("asOf", Optional.ofNullable(query.to()))
                    .build(query.merchantId()));

    public static final SectionSpec<CostSummary, CostSection> COST = new SectionSpec<>("cost", "cost-analyzer",
            CostSummary.class, CostSection.class,
            (builder, query) -> period(builder.path("/api/v1/costs/merchants/{id}/summary"), query)
                    .build(query.merchantId()));

    public static final SectionSpec<ComplianceSummary, ComplianceSection> COMPLIANCE = new SectionSpec<>("compliance",
            "compliance-checker", ComplianceSummary.class, ComplianceSection.class,
            (builder, query) -> period(builder.path("/api/v1/compliance/merchants/{id}/summary"), query)
                    .build(query.merchantId()));

    private static UriBuilder period(UriBuilder builder, AnalyzeQuery query) {
        if (query.from() != null) {
            builder.queryParam("from", query.from());
        }
        if (query.to() != null) {
            builder.queryParam("to", query.to());
        }
        return builder;
    }
}
