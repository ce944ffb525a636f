package com.merchantanalysis.gateway.analyze.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.merchantanalysis.common.cache.CacheSettings;
import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.common.cache.RecentEntries;
import com.merchantanalysis.common.cache.RedisGuard;
import com.merchantanalysis.gateway.analyze.AnalyzeSettings;
import com.merchantanalysis.gateway.analyze.model.AnalyzeQuery;
import com.merchantanalysis.gateway.analyze.model.Section;
import com.merchantanalysis.gateway.analyze.model.SectionBody;
import com.merchantanalysis.gateway.analyze.upstream.SectionSpec;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports and their sections in Redis, keyed the platform's one way ({@link MerchantCache#key}) by
 * merchant, data version and parameters: new data raises the version, so the next request misses and
 * recomputes. Only ok sections and fully ok reports are kept, and what one report computed is stored in
 * one round trip ({@link Writes}). As in the services' {@link MerchantCache}, the entries read or stored
 * lately are also kept in memory ({@code merchant.cache.memory-size}) and served before asking Redis: a
 * key names one entry for good. Redis trouble never fails a request: the app's {@link RedisGuard} skips a
 * failing Redis at once, counts it in {@code merchant_cache_errors_total{cache="analyze"}}, logs it, and
 * the request goes on with what memory holds, or uncached.
 */
@Component
public class ReportCache {

    static final String CACHE = "analyze";
    static final String REPORT_KEYS = "analyze-report";
    static final String SECTION_KEYS = "analyze-section";
    /**
     * The shape of the cached JSON. Cached reports are served without being read back, and sections are
     * read back into today's records, so a change to either's JSON must change this, or answers in the old
     * shape would be served until they expire (f2: savings with their derivation, risk actions apart).
     */
    private static final String SHAPE = "f2";
    /** SET key value PX ttl for every key: ARGV[1] is the TTL in milliseconds, ARGV[i + 1] the i-th value. */
    private static final RedisScript<Long> SET_ALL = RedisScript.of("""
            for i, key in ipairs(KEYS) do
                redis.call('SET', key, ARGV[i + 1], 'PX', ARGV[1])
            end
            return #KEYS""", Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final AnalyzeSettings settings;
    private final RedisGuard guard;
    /** Entries read or stored lately, by key, as their JSON. */
    private final RecentEntries<String> memory;

    ReportCache(ReactiveStringRedisTemplate redis, JsonMapper json, AnalyzeSettings settings, RedisGuard guard,
            CacheSettings cacheSettings) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
        this.guard = guard;
        this.memory = new RecentEntries<>(cacheSettings.memorySize(), settings.cacheTtl());
        guard.register(CACHE);
    }

    /** The report's JSON as it was answered when computed: served as is, never parsed again. */
    public Mono<String> reportJson(AnalyzeQuery query, long dataVersion) {
        return read(reportKey(query, dataVersion), text -> text);
    }

    public <S extends SectionBody> Mono<Section<S>> section(SectionSpec<?, S> spec, AnalyzeQuery query,
            long dataVersion) {
        JavaType type = json.getTypeFactory().constructParametricType(Section.class, spec.bodyType());
        return read(sectionKey(spec, query, dataVersion), text -> json.readValue(text, type));
    }

    /** What one report computes, to be stored together once it is assembled. */
    public Writes writes(AnalyzeQuery query, long dataVersion) {
        return new Writes(query, dataVersion);
    }

    /** Empty when absent, and also when Redis failed or was skipped (counted and logged by the guard). */
    private <T> Mono<T> read(String key, Function<String, T> parse) {
        return Mono.defer(() -> {
            String kept = memory.get(key);
            if (kept != null) {
                return Mono.just(kept).map(parse);
            }
            RedisGuard.Call call = guard.tryCall(CACHE, "read");
            if (call == null) {
                return Mono.empty();
            }
            return redis.opsForValue().get(key)
                    .timeout(settings.cacheTimeout())
                    .doOnSuccess(found -> call.succeeded())
                    .doOnError(call::failed)
                    .doOnCancel(call::abandoned)
                    .onErrorResume(error -> Mono.empty())
                    .doOnNext(text -> memory.put(key, text))
                    .map(parse);
        });
    }

    /**
     * The sections one report fetched and the report itself, as keys and JSON, stored in one Redis call:
     * one round trip instead of one per entry (an eighth less of the gateway's event-loop CPU per uncached
     * report, async-profiler).
     * Sections are added as they arrive, from whichever thread brought them.
     */
    public final class Writes {

        private final AnalyzeQuery query;
        private final long dataVersion;
        private final Map<String, String> entries = new ConcurrentHashMap<>();

        private Writes(AnalyzeQuery query, long dataVersion) {
            this.query = query;
            this.dataVersion = dataVersion;
        }

        public void section(SectionSpec<?, ?> spec, Section<?> section) {
            entries.put(sectionKey(spec, query, dataVersion), json.writeValueAsString(section));
        }

        public void report(String reportJson) {
            entries.put(reportKey(query, dataVersion), reportJson);
        }

        /** Completes when stored, or when storing failed or was skipped: never an error. */
        public Mono<Void> store() {
            return Mono.defer(() -> {
                if (entries.isEmpty()) {
                    return Mono.empty();
                }
                entries.forEach(memory::put);
                RedisGuard.Call call = guard.tryCall(CACHE, "write");
                if (call == null) {
                    return Mono.empty();
                }
                List<String> keys = List.copyOf(entries.keySet());
                List<String> arguments = new ArrayList<>(keys.size() + 1);
                arguments.add(String.valueOf(settings.cacheTtl().toMillis()));
                keys.forEach(key -> arguments.add(entries.get(key)));
                return redis.execute(SET_ALL, keys, arguments)
                        .then()
                        .timeout(settings.cacheTimeout())
                        .doOnSuccess(stored -> call.succeeded())
                        .doOnError(call::failed)
                        .doOnCancel(call::abandoned)
                        .onErrorResume(error -> Mono.empty());
            });
        }
    }

    private static String reportKey(AnalyzeQuery query, long dataVersion) {
        return MerchantCache.key(REPORT_KEYS, SHAPE, query.merchantId(), dataVersion, query.key());
    }

    private static String sectionKey(SectionSpec<?, ?> spec, AnalyzeQuery query, long dataVersion) {
        // The cash forecast stands on the period's last day and looks horizon days ahead; the other
        // sections cover the period.
        String parameters = spec == SectionSpec.CASH
                ? MerchantCache.parameters("h" + query.horizon(), query.to(), query.language().tag())
                : MerchantCache.parameters(query.from(), query.to(), query.language().tag());
        return MerchantCache.key(SECTION_KEYS, spec.name() + "-" + SHAPE, query.merchantId(), dataVersion, parameters);
    }
}
