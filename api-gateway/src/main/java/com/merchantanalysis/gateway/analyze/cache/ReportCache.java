package com.merchantanalysis.gateway.analyze.cache;

import java.util.function.Function;

import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.common.cache.RedisGuard;
import com.merchantanalysis.gateway.analyze.AnalyzeSettings;
import com.merchantanalysis.gateway.analyze.model.AnalyzeQuery;
import com.merchantanalysis.gateway.analyze.model.Section;
import com.merchantanalysis.gateway.analyze.model.SectionBody;
import com.merchantanalysis.gateway.analyze.upstream.SectionSpec;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports and their sections in Redis, keyed the platform's one way ({@link MerchantCache#key}) by
 * merchant, data version and parameters: new data raises the version, so the next request misses and
 * recomputes. Only ok sections and fully ok reports are kept. Redis trouble never fails a request: the
 * app's {@link RedisGuard} skips a failing Redis at once, counts it in
 * {@code merchant_cache_errors_total{cache}}, logs it, and the request goes on uncached.
 */
@Component
public class ReportCache {

    static final String REPORT_CACHE = "analyze-report";
    static final String SECTION_CACHE = "analyze-section";
    /**
     * The shape of the cached JSON. Cached reports are served without being read back, and sections are
     * read back into today's records, so a change to either's JSON must change this, or answers in the old
     * shape would be served until they expire (f2: savings with their derivation, risk actions apart).
     */
    private static final String SHAPE = "f2";

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final AnalyzeSettings settings;
    private final RedisGuard guard;

    ReportCache(ReactiveStringRedisTemplate redis, JsonMapper json, AnalyzeSettings settings, RedisGuard guard) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
        this.guard = guard;
        guard.register(REPORT_CACHE);
        guard.register(SECTION_CACHE);
    }

    /** The report's JSON as it was answered when computed: served as is, never parsed again. */
    public Mono<String> reportJson(AnalyzeQuery query, long dataVersion) {
        return read(REPORT_CACHE, reportKey(query, dataVersion), text -> text);
    }

    public Mono<Void> putReportJson(AnalyzeQuery query, long dataVersion, String reportJson) {
        return write(REPORT_CACHE, reportKey(query, dataVersion), Mono.just(reportJson));
    }

    public <S extends SectionBody> Mono<Section<S>> section(SectionSpec<?, S> spec, AnalyzeQuery query,
            long dataVersion) {
        JavaType type = json.getTypeFactory().constructParametricType(Section.class, spec.bodyType());
        return read(SECTION_CACHE, sectionKey(spec, query, dataVersion), text -> json.readValue(text, type));
    }

    public Mono<Void> putSection(SectionSpec<?, ?> spec, AnalyzeQuery query, long dataVersion, Section<?> section) {
        return write(SECTION_CACHE, sectionKey(spec, query, dataVersion),
                Mono.fromCallable(() -> json.writeValueAsString(section)));
    }

    /** Empty when absent, and also when Redis failed or was skipped (counted and logged by the guard). */
    private <T> Mono<T> read(String cache, String key, Function<String, T> parse) {
        return Mono.defer(() -> {
            RedisGuard.Call call = guard.tryCall(cache, "read");
            if (call == null) {
                return Mono.empty();
            }
            return redis.opsForValue().get(key)
                    .timeout(settings.cacheTimeout())
                    .doOnSuccess(found -> call.succeeded())
                    .doOnError(call::failed)
                    .doOnCancel(call::abandoned)
                    .onErrorResume(error -> Mono.empty())
                    .map(parse);
        });
    }

    /** Completes when stored, or when storing failed or was skipped: never an error. */
    private Mono<Void> write(String cache, String key, Mono<String> value) {
        return value.flatMap(text -> {
            RedisGuard.Call call = guard.tryCall(cache, "write");
            if (call == null) {
                return Mono.<Boolean>empty();
            }
            return redis.opsForValue().set(key, text, settings.cacheTtl())
                    .timeout(settings.cacheTimeout())
                    .doOnSuccess(stored -> call.succeeded())
                    .doOnError(call::failed)
                    .doOnCancel(call::abandoned)
                    .onErrorResume(error -> Mono.empty());
        }).then();
    }

    private static String reportKey(AnalyzeQuery query, long dataVersion) {
        return MerchantCache.key(REPORT_CACHE, SHAPE, query.merchantId(), dataVersion, query.key());
    }

    private static String sectionKey(SectionSpec<?, ?> spec, AnalyzeQuery query, long dataVersion) {
        // The cash forecast stands on the period's last day and looks horizon days ahead; the other
        // sections cover the period.
        String parameters = spec == SectionSpec.CASH
                ? MerchantCache.parameters("h" + query.horizon(), query.to(), query.language().tag())
                : MerchantCache.parameters(query.from(), query.to(), query.language().tag());
        return MerchantCache.key(SECTION_CACHE, spec.name() + "-" + SHAPE, query.merchantId(), dataVersion, parameters);
    }
}
