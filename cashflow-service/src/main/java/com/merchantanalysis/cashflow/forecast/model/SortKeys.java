package com.merchantanalysis.cashflow.forecast.model;

/**
 * Sorting doubles together with a small tag (a step or a path number) as primitive longs: the value's
 * order-preserving bit pattern with the tag in its lowest bits, which costs the value a relative
 * precision of about {@code 2^(tagBits - 52)}, far below anything forecast here.
 */
final class SortKeys {

    private SortKeys() {
    }

    /** Bits needed for tags below {@code limit}. */
    static int bits(int limit) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, limit - 1)));
    }

    static long key(double value, int tag, int bits) {
        long raw = Double.doubleToLongBits(value);
        long ordered = raw ^ ((raw >> 63) & Long.MAX_VALUE);
        long mask = (1L << bits) - 1;
        return (ordered & ~mask) | tag;
    }

    static int tag(long key, int bits) {
        return (int) (key & ((1L << bits) - 1));
    }

    static double value(long key, int bits) {
        long ordered = key & ~((1L << bits) - 1);
        return Double.longBitsToDouble(ordered ^ ((ordered >> 63) & Long.MAX_VALUE));
    }
}
