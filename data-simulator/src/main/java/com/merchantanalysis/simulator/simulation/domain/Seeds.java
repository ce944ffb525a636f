package com.merchantanalysis.simulator.simulation.domain;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the simulation seed: one per day (so any day can be
 * generated on its own, in any order, with the same result) and one per day and planted event (so
 * planting an event never changes the rest of the day).
 */
final class Seeds {

    private static final long PLANTS = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    static SplittableRandom day(long seed, long epochDay) {
        return new SplittableRandom(mix(mix(seed) ^ epochDay));
    }

    static SplittableRandom plant(long seed, long epochDay, int event) {
        return new SplittableRandom(mix(mix(seed ^ PLANTS) + epochDay * 31 + event));
    }

    static SplittableRandom setup(long seed, int event) {
        return new SplittableRandom(mix(seed * 1_000_003 + event + PLANTS));
    }

    /** Stafford's mix13 finaliser: spreads nearby inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
