package com.merchantanalysis.common.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A sentence kept without its language: a key of the messages bundles and its arguments. What is stored
 * or cached and read later (a job's row errors, a compliance finding) is kept this way, so that it is
 * worded in the language of whoever reads it ({@link Wording}).
 */
public record Message(String key, List<Arg> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Message of(String key, Arg... args) {
        return new Message(key, List.of(args));
    }

    /** How an argument is worded. */
    public enum Kind {
        /** A number the bundle's pattern formats ({@code {0,number,#}}, {@code {0,number,¥#,##0.00}}). */
        NUMBER,
        /** A day, worded by the bundle's {@code format.day}. */
        DATE,
        /** A month, worded by the bundle's {@code format.month}. */
        MONTH,
        /** The text of another bundle key, e.g. {@code kind.SALE}. */
        LABEL,
        /** Values (column names, accepted values) joined as the language lists them. */
        LIST,
        /** Another message, worded in the same language. */
        MESSAGE,
        /** As it is: a cell of the file, a column name, a licence number. */
        TEXT
    }

    /**
     * One argument as plain strings, which MongoDB and JSON keep exactly; {@code kind} says how to word it.
     *
     * @param values  one value, or a {@link Kind#LIST}'s values
     * @param message set for a {@link Kind#MESSAGE} only
     */
    public record Arg(Kind kind, List<String> values, Message message) {

        public Arg {
            values = values == null ? List.of() : List.copyOf(values);
        }

        public static Arg number(long value) {
            return of(Kind.NUMBER, Long.toString(value));
        }

        public static Arg number(BigDecimal value) {
            return of(Kind.NUMBER, value.toPlainString());
        }

        public static Arg date(LocalDate value) {
            return of(Kind.DATE, value.toString());
        }

        public static Arg month(YearMonth value) {
            return of(Kind.MONTH, value.toString());
        }

        public static Arg label(String key) {
            return of(Kind.LABEL, key);
        }

        public static Arg list(List<String> values) {
            return new Arg(Kind.LIST, values, null);
        }

        public static Arg message(Message message) {
            return new Arg(Kind.MESSAGE, List.of(), Objects.requireNonNull(message, "message"));
        }

        public static Arg text(String value) {
            return of(Kind.TEXT, value);
        }

        private static Arg of(Kind kind, String value) {
            return new Arg(kind, List.of(Objects.requireNonNull(value, "value")), null);
        }

        /** The single value of any kind but {@link Kind#LIST} and {@link Kind#MESSAGE}. */
        public String value() {
            return values.get(0);
        }
    }
}
