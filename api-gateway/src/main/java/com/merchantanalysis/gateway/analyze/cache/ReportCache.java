package com.merchantanalysis.gateway.analyze.cache;

import java.time.Duration;
import java.util.function.Function;

import com.merchantanalysis.gateway.analyze.AnalyzeSettings;
import com.merchantanalysis.gateway.analyze.model.AnalyzeQuery;
import com.merchantanalysis.gateway.analyze.model.Section;
import com.merchantanalysis.gateway.analyze.model.SectionBody;
import com.merchantanalysis.gateway.analyze.upstream.SectionSpec;
import com.merchantanalysis.gateway.edge.ThrottledWarning;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports and their sections in Redis, keyed by merchant, the merchant's data version and the
 * parameters: new data raises the version, so the next request misses and recomputes. Only ok
 * sections and fully ok reports are kept. Redis trouble never fails a request: it is counted in
 * {@code merchant_cache_errors_total{cache}}, logged, and the request goes on uncached.
 */
@Component
public class ReportCache {

    static final String REPORT_CACHE = "analyze-report";
    static final String SECTION_CACHE = "analyze-section";

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final AnalyzeSettings settings;
    private final Counter reportErrors;
    private final Counter sectionErrors;
    private final ThrottledWarning warning = new ThrottledWarning(LoggerFactory.getLogger(ReportCache.class),
            Duration.ofSeconds(10));

    ReportCache(ReactiveStringRedisTemplate redis, JsonMapper json, AnalyzeSettings settings, MeterRegistry meters) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
        this.reportErrors = errors(meters, REPORT_CACHE);
        this.sectionErrors = errors(meters, SECTION_CACHE);
    }

    private static Counter errors(MeterRegistry meters, String cache) {
        return Counter.builder("merchant.cache.errors")
                .description("Cache reads and writes that failed; the request was served without the cache")
                .tag("cache", cache)
                .register(meters);
    }

    /** The report's JSON as it was answered when computed: served as is, never parsed again. */
    public Mono<String> reportJson(AnalyzeQuery query, long dataVersion) {
        return read(REPORT_CACHE, reportKey(query, dataVersion), text -> text, reportErrors);
    }

    public Mono<Void> putReportJson(AnalyzeQuery query, long dataVersion, String reportJson) {
        return write(REPORT_CACHE, reportKey(query, dataVersion), Mono.just(reportJson), reportErrors);
    }

    public <S extends SectionBody> Mono<Section<S>> section(SectionSpec<?, S> spec, AnalyzeQuery query,
            long dataVersion) {
        JavaType type = json.getTypeFactory().constructParametricType(Section.class, spec.bodyType());
        return read(SECTION_CACHE, sectionKey(spec, query, dataVersion), text -> json.readValue(text, type),
                sectionErrors);
    }

    public Mono<Void> putSection(SectionSpec<?, ?> spec, AnalyzeQuery query, long dataVersion, Section<?> section) {
        return write(SECTION_CACHE, sectionKey(spec, query, dataVersion),
                Mono.fromCallable(() -> json.writeValueAsString(section)), sectionErrors);
    }

    /** Empty when absent, and also when Redis failed or the entry could not be read (counted and logged). */
    private <T> Mono<T> read(String cache, String key, Function<String, T> parse, Counter errors) {
        return redis.opsForValue().get(key)
                .timeout(settings.cacheTimeout())
                .map(parse)
                .onErrorResume(error -> {
                    errors.increment();
                    warning.warn("Cache {} unavailable, serving without it: {}", cache, error.toString());
                    return Mono.empty();
                });
    }

    /** Completes when stored, or when storing failed (counted and logged): never an error. */
    private Mono<Void> write(String cache, String key, Mono<String> value, Counter errors) {
        return value
                .flatMap(text -> redis.opsForValue().set(key, text, settings.cacheTtl()))
                .timeout(settings.cacheTimeout())
                .onErrorResume(error -> {
                    errors.increment();
                    warning.warn("Cache {} unavailable, result not stored: {}", cache, error.toString());
                    return Mono.empty();
                })
                .then();
    }

    private static String reportKey(AnalyzeQuery query, long dataVersion) {
        // Cached reports are served without being read back, so a change to the report's JSON must
        // change this prefix, or reports in the old shape would be served until they expire.
        return "analyze:report:f1:" + query.merchantId() + ":v" + dataVersion + ":" + query.key();
    }

    private static String sectionKey(SectionSpec<?, ?> spec, AnalyzeQuery query, long dataVersion) {
        String parameters = spec == SectionSpec.CASH ? "h" + query.horizon()
                : (query.from() == null ? "-" : query.from()) + ":" + (query.to() == null ? "-" : query.to());
        return "analyze:section:" + spec.name() + ":" + query.merchantId() + ":v" + dataVersion + ":" + parameters;
    }
}
