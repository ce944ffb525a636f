package com.merchantanalysis.common.cache;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Cache entries an app read or stored lately, kept in its memory by their versioned key and served
 * before asking Redis ({@code merchant.cache.memory-size}; 0 keeps none). An entry expires one TTL after
 * it was stored, as in Redis, and a hit does not renew it: that bounds how long an answer that also
 * depends on the clock is served.
 */
public final class RecentEntries<V> {

    /** Null when switched off. */
    private final Cache<String, V> entries;

    public RecentEntries(int size, Duration ttl) {
        this.entries = size == 0 ? null : Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
    }

    /** The entry kept for the key, or null. */
    public V get(String key) {
        return entries == null ? null : entries.getIfPresent(key);
    }

    public void put(String key, V value) {
        if (entries != null) {
            entries.put(key, value);
        }
    }
}
