package com.merchantanalysis.gateway.analyze.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.TraceParent;
import com.merchantanalysis.gateway.analyze.cache.ReportCache;
import com.merchantanalysis.gateway.analyze.model.AnalyzeQuery;
import com.merchantanalysis.gateway.analyze.model.MerchantReport;
import com.merchantanalysis.gateway.analyze.model.MerchantSummary;
import com.merchantanalysis.gateway.analyze.model.Section;
import com.merchantanalysis.gateway.analyze.model.SectionBody;
import com.merchantanalysis.gateway.analyze.upstream.SectionClient;
import com.merchantanalysis.gateway.analyze.upstream.SectionSpec;
import com.merchantanalysis.gateway.analyze.upstream.UpstreamSummary;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assembles a merchant's report: reads the merchant (and so its data version), then each section from
 * the cache or its service, all three at once, and ranks their actions. One section failing makes
 * that section unavailable, never the report.
 */
@Service
public class MerchantReportService {

    private final ReactiveMerchantReader merchants;
    private final SectionClient sections;
    private final ReportCache cache;
    private final ReportingPeriodPolicy periods;
    private final SectionMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    MerchantReportService(ReactiveMerchantReader merchants, SectionClient sections, ReportCache cache,
            ReportingPeriodPolicy periods, SectionMetrics metrics, JsonMapper json, Clock clock) {
        this.merchants = merchants;
        this.sections = sections;
        this.cache = cache;
        this.periods = periods;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The report as JSON, and whether it came whole from the cache. A cached report is served as the
     * text that was answered when it was computed, without reading it back.
     *
     * @param fresh  recompute every section (the client sent {@code Cache-Control: no-cache}); the result
     *               is still stored for the next caller
     */
    public Mono<Answer> analyze(Caller caller, AnalyzeQuery asked, boolean fresh, String bearerToken,
            TraceParent trace) {
        return merchants.require(caller, asked.merchantId()).flatMap(merchant -> {
            // One period for all three sections, resolved here from the merchant's data days.
            AnalyzeQuery query = asked.within(periods.resolve(merchant, asked.from(), asked.to()));
            long version = merchant.dataVersion();
            Mono<String> cached = fresh ? Mono.empty() : cache.reportJson(query, version);
            return cached
                    .map(text -> {
                        // Only reports whose sections were all ok are cached.
                        metrics.servedCachedReport();
                        return new Answer(text, true);
                    })
                    .switchIfEmpty(Mono.defer(() -> assemble(merchant, query, fresh, bearerToken, trace)));
        });
    }

    private Mono<Answer> assemble(MerchantDocument merchant, AnalyzeQuery query, boolean fresh, String token,
            TraceParent trace) {
        long version = merchant.dataVersion();
        ReportCache.Writes writes = cache.writes(query, version);
        return Mono.zip(section(SectionSpec.CASH, query, version, fresh, token, trace, writes),
                section(SectionSpec.COST, query, version, fresh, token, trace, writes),
                section(SectionSpec.COMPLIANCE, query, version, fresh, token, trace, writes))
                .flatMap(all -> {
                    var cash = all.getT1();
                    var cost = all.getT2();
                    var compliance = all.getT3();
                    boolean consistent = cash.ok() && cost.ok() && compliance.ok();
                    List<ActionRanking.Named> named = List.of(new ActionRanking.Named(SectionSpec.CASH.name(), cash),
                            new ActionRanking.Named(SectionSpec.COST.name(), cost),
                            new ActionRanking.Named(SectionSpec.COMPLIANCE.name(), compliance));
                    MerchantReport report = new MerchantReport(MerchantSummary.of(merchant), query.parameters(),
                            Instant.now(clock), consistent, cash, cost, compliance, ActionRanking.top(named),
                            ActionRanking.risks(named));
                    metrics.served(report);
                    String text = json.writeValueAsString(report);
                    if (consistent) {
                        writes.report(text);
                    }
                    // Stored before answering, so that the caller's next request finds it.
                    return writes.store().thenReturn(new Answer(text, false));
                });
    }

    /** The section from the cache, or from its service; an ok one fetched is added to {@code writes}. */
    private <U extends UpstreamSummary<S>, S extends SectionBody> Mono<Section<S>> section(SectionSpec<U, S> spec,
            AnalyzeQuery query, long version, boolean fresh, String token, TraceParent trace,
            ReportCache.Writes writes) {
        Mono<Section<S>> cached = fresh ? Mono.empty() : cache.section(spec, query, version);
        return cached.switchIfEmpty(Mono.defer(() -> sections.fetch(spec, query, version, token, trace)
                .doOnNext(section -> {
                    if (section.ok()) {
                        writes.section(spec, section);
                    }
                })));
    }

    /** A report's JSON, and whether it was served whole from the cache. */
    public record Answer(String json, boolean cached) {
    }
}
