package com.merchantanalysis.compliance.engine.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.merchantanalysis.common.text.Message.Arg;

/** Arithmetic the rules share, and the arguments their messages take (yuan, percents, a card's tail). */
final class Texts {

    private Texts() {
    }

    static Arg yuan(long cents) {
        return Arg.number(BigDecimal.valueOf(cents, 2));
    }

    static Arg yuan(BigDecimal amount) {
        return Arg.number(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A ratio as the percent a sentence shows: 0.015 → 1.5. */
    static Arg percent(BigDecimal ratio) {
        return Arg.number(ratio.movePointRight(2).stripTrailingZeros());
    }

    static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
    }

    static long cents(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** The end of a hashed card id, enough for the merchant to tell cards apart without exposing it. */
    static Arg cardTail(String id) {
        return Arg.text(id.length() <= 4 ? id : id.substring(id.length() - 4));
    }
}
