package com.merchantanalysis.common.cache;

import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.merchantanalysis.common.data.MerchantDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers about a merchant kept in Redis as JSON, for the blocking services. The key is
 * {@code <app>:<answer>:<merchant>:v<dataVersion>:<parameters>}: an import or simulation raises the data
 * version, so new data never meets an old answer. Redis only accelerates: when it fails or is skipped
 * (see {@link RedisGuard}) the answer is computed and served as if nothing were cached.
 *
 * <p>Concurrent requests for the same answer wait for one computation instead of each computing it, and
 * the answers served lately are kept in memory too ({@code memorySize}), by the same versioned key: a key
 * names one answer for good, so memory serves it first, with no Redis round trip and no JSON to read (a
 * summary the gateway asks for cost 315-350 µs of CPU instead of 490-610, issue 21), and Redis serves
 * what this instance has not seen. The memory also carries the app through a Redis outage: without it
 * every request computed its answer again, and under load the cash forecasts timed out at the gateway.
 */
public class MerchantCache {

    private static final Logger log = LoggerFactory.getLogger(MerchantCache.class);

    private final String name;
    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final RedisGuard guard;
    private final CacheSettings settings;
    /** Answers served lately, by key. */
    private final RecentEntries<Object> memory;
    /** Answers being computed now, by key: joined by concurrent requests for the same answer. */
    private final Map<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

    public MerchantCache(String name, StringRedisTemplate redis, JsonMapper json, RedisGuard guard,
            CacheSettings settings) {
        this.name = name;
        this.redis = redis;
        this.json = json;
        this.guard = guard;
        this.settings = settings;
        this.memory = new RecentEntries<>(settings.memorySize(), settings.ttl());
        guard.register(name);
    }

    /**
     * The cached answer, or {@code compute}'s, stored on the way out. {@code parameters} must name every
     * input that changes the answer besides the merchant and its data (period, horizon, paging…); build
     * it with {@link #parameters}.
     */
    public <T> T get(String answer, MerchantDocument merchant, String parameters, Class<T> type,
            Supplier<T> compute) {
        String key = key(answer, merchant, parameters);
        Optional<T> kept = inMemory(key, type);
        if (kept.isPresent()) {
            return kept.get();
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return type.cast(await(running));
        }
        try {
            T value = fromRedisOrCompute(key, type, compute);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e); // the requests waiting for it get the same error
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * The answer stored for a merchant at a data version the caller has already read (the gateway's report
     * reads the merchant and sends its version with each section request), found without reading the
     * merchant again; empty when neither memory nor Redis holds it (or Redis cannot be read). Both only
     * ever hold answers computed at their merchant's real version (see {@link #get}), so a version that was
     * never real finds nothing, and an old one finds only that version's own answer, which names its version.
     */
    public <T> Optional<T> storedFor(String answer, String merchantId, long dataVersion, String parameters,
            Class<T> type) {
        String key = key(name, answer, merchantId, dataVersion, parameters);
        Optional<T> kept = inMemory(key, type);
        if (kept.isPresent()) {
            return kept;
        }
        return Optional.ofNullable(read(key, type).value()).map(value -> remembered(key, value));
    }

    private <T> Optional<T> inMemory(String key, Class<T> type) {
        Object kept = memory.get(key);
        return type.isInstance(kept) ? Optional.of(type.cast(kept)) : Optional.empty();
    }

    private static Object await(CompletableFuture<Object> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private <T> T fromRedisOrCompute(String key, Class<T> type, Supplier<T> compute) {
        Read<T> read = read(key, type);
        if (!read.reached()) {
            return remembered(key, compute.get()); // and no write: do not wait for a failing Redis twice
        }
        if (read.value() != null) {
            return remembered(key, read.value());
        }
        T value = compute.get();
        store(key, value);
        return remembered(key, value);
    }

    /** What Redis holds under the key: not reached (failed or skipped), absent (null value) or found. */
    private <T> Read<T> read(String key, Class<T> type) {
        RedisGuard.Call call = guard.tryCall(name, "read");
        if (call == null) {
            return new Read<>(false, null);
        }
        String cached;
        try {
            cached = redis.opsForValue().get(key);
            call.succeeded();
        } catch (RuntimeException e) {
            call.failed(e);
            return new Read<>(false, null);
        }
        if (cached != null) {
            try {
                return new Read<>(true, json.readValue(cached, type));
            } catch (RuntimeException unreadable) {
                log.warn("Ignoring unreadable cache entry {}: {}", key, unreadable.getMessage());
            }
        }
        return new Read<>(true, null);
    }

    private record Read<T>(boolean reached, T value) {
    }

    private <T> T remembered(String key, T value) {
        memory.put(key, value);
        return value;
    }

    private void store(String key, Object value) {
        String text = json.writeValueAsString(value);
        RedisGuard.Call write = guard.tryCall(name, "write");
        if (write == null) {
            return;
        }
        try {
            redis.opsForValue().set(key, text, settings.ttl());
            write.succeeded();
        } catch (RuntimeException e) {
            write.failed(e);
        }
    }

    String key(String answer, MerchantDocument merchant, String parameters) {
        return key(name, answer, merchant.id(), merchant.dataVersion(), parameters);
    }

    /** The one key scheme of every app's cache, the gateway's reactive one included. */
    public static String key(String cache, String answer, String merchantId, long dataVersion, String parameters) {
        return cache + ':' + answer + ':' + merchantId + ":v" + dataVersion + ':' + parameters;
    }

    /** The parameters part of a key: the values joined by ':', {@code -} for an absent one. */
    public static String parameters(Object... values) {
        StringJoiner joined = new StringJoiner(":");
        for (Object value : values) {
            joined.add(value == null ? "-" : String.valueOf(value));
        }
        return joined.toString();
    }
}
