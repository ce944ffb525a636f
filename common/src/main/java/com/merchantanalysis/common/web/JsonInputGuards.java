package com.merchantanalysis.common.web;

import java.math.BigDecimal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Limits on what a request body may contain, applied to every app's JSON mapper: how deep, how long
 * and how large a number may be, no non-finite numbers, and no silent type changes. Jackson's own
 * defaults (500 levels, 100 million characters per string, exponents of any size) are far above
 * anything the platform's APIs accept and leave room for slow or memory-hungry requests.
 */
public final class JsonInputGuards {

    /** Deeper than any request or cached value of the platform. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** One string value; imports come as files, not as JSON strings. */
    public static final int MAX_STRING_CHARS = 1_000_000;
    /** Digits of one number token. */
    public static final int MAX_NUMBER_CHARS = 100;
    /** A whole document read through the mapper (request bodies are limited before this). */
    public static final long MAX_DOCUMENT_CHARS = 16L * 1024 * 1024;
    /** Integer digits of a decimal: 10^18 yuan is far above any amount; more is an attack or a bug. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Decimal places of a decimal; guards against 1e-1000000000 style exponents. */
    public static final int MAX_SCALE = 30;

    private JsonInputGuards() {
    }

    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_CHARS)
                .maxNumberLength(MAX_NUMBER_CHARS)
                .maxDocumentLength(MAX_DOCUMENT_CHARS)
                .build();
    }

    /** Refuses non-finite and out-of-range numbers and turns off lossy coercions. */
    public static void apply(JsonMapper.Builder builder) {
        SimpleModule module = new SimpleModule("merchant-json-input-guards");
        module.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
        module.addDeserializer(double.class, new FiniteDouble(Double.TYPE, 0.0));
        module.addDeserializer(Float.class, new FiniteFloat(Float.class, null));
        module.addDeserializer(float.class, new FiniteFloat(Float.TYPE, 0.0f));
        module.addDeserializer(BigDecimal.class, new BoundedBigDecimal());
        module.addDeserializer(String.class, new PrintableString());
        builder.addModule(module)
                // 1.9 for a whole number is an error, not 1.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // A number or boolean where text is expected is a wrong type, not text.
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    private static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {

        FiniteDouble(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
            Double value = super.deserialize(p, context);
            if (value != null && !Double.isFinite(value)) {
                throw InvalidFormatException.from(p, "not a finite number", p.getString(), Double.class);
            }
            return value;
        }
    }

    private static final class FiniteFloat extends NumberDeserializers.FloatDeserializer {

        FiniteFloat(Class<Float> type, Float nullValue) {
            super(type, nullValue);
        }

        @Override
        public Float deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
            Float value = super.deserialize(p, context);
            if (value != null && !Float.isFinite(value)) {
                throw InvalidFormatException.from(p, "not a finite number", p.getString(), Float.class);
            }
            return value;
        }
    }

    /** Whether text holds a C0 control character other than tab, line feed and carriage return, or DEL. */
    static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** No field of the platform holds NUL or other control characters; they only smuggle things into logs and files. */
    private static final class PrintableString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
            String value = super.deserialize(p, context);
            if (value != null && hasControlCharacters(value)) {
                throw InvalidFormatException.from(p, "control characters", "", String.class);
            }
            return value;
        }
    }

    private static final class BoundedBigDecimal extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
            BigDecimal value = super.deserialize(p, context);
            if (value != null && (value.precision() - value.scale() > MAX_INTEGER_DIGITS
                    || value.scale() > MAX_SCALE)) {
                throw InvalidFormatException.from(p, "number out of range", p.getString(), BigDecimal.class);
            }
            return value;
        }
    }
}
