package com.merchantanalysis.compliance.wording;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A sentence kept without its language: a key of the messages bundles and its arguments. Findings are
 * stored and summaries cached this way, so one stored report or cached summary is worded in whichever
 * language each reader asks for ({@link Wording}).
 */
public record Message(String key, List<Arg> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Arg... args) {
        return new Message(key, List.of(args));
    }

    /** How an argument is worded: a number the bundle formats, a day or month, another key's text, or as is. */
    public enum Kind {
        NUMBER,
        DATE,
        MONTH,
        LABEL,
        TEXT
    }

    /** One argument as a plain string, which MongoDB and JSON keep exactly; {@code kind} says how to word it. */
    public record Arg(Kind kind, String value) {

        public static Arg number(BigDecimal value) {
            return new Arg(Kind.NUMBER, value.toPlainString());
        }

        public static Arg number(long value) {
            return new Arg(Kind.NUMBER, Long.toString(value));
        }

        public static Arg date(LocalDate value) {
            return new Arg(Kind.DATE, value.toString());
        }

        public static Arg month(YearMonth value) {
            return new Arg(Kind.MONTH, value.toString());
        }

        /** The text of another bundle key, e.g. {@code licence.FOOD_BUSINESS_LICENCE}. */
        public static Arg label(String key) {
            return new Arg(Kind.LABEL, key);
        }

        /** A name or number shown as it is (a licence number, a card-scheme programme). */
        public static Arg text(String value) {
            return new Arg(Kind.TEXT, value);
        }
    }
}
