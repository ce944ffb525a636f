package com.merchantanalysis.costs.anomaly.domain;

import java.util.List;

/**
 * How a month's expected amount was formed, as the message {@code anomaly.baseline.<key>} and its arguments: the
 * detectors know the method, the answer says it in the caller's language.
 */
record Baseline(String key, List<Object> args) {

    static Baseline of(String key, Object... args) {
        return new Baseline(key, List.of(args));
    }
}
