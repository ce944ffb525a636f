package com.merchantanalysis.common.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's reading errors into a field path and a message a caller can act on, without
 * echoing class names or parser internals.
 */
public final class JsonInputErrors {

    private JsonInputErrors() {
    }

    /** The problem in a request body, or a generic one if the cause is not Jackson's. */
    public static FieldError describe(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof JacksonException jackson)) {
            return new FieldError("body", "the request body is missing or is not valid JSON");
        }
        String field = path(jackson);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(field, "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (jackson instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return new FieldError(field, "must not contain control characters");
        }
        if (jackson instanceof InvalidFormatException invalid) {
            return new FieldError(field, "value " + shortValue(invalid.getValue()) + " is not a valid "
                    + simpleTypeName(invalid.getTargetType()));
        }
        if (jackson instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return new FieldError(field, "expected a " + simpleTypeName(mismatched.getTargetType()));
        }
        if (jackson instanceof StreamConstraintsException) {
            return new FieldError(field, "the request body is nested too deeply or holds a value that is too long");
        }
        if (jackson instanceof StreamReadException) {
            return new FieldError(field, "the request body is not valid JSON");
        }
        return new FieldError(field, "the value cannot be read");
    }

    private static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** A type as a caller would name it: "date (yyyy-MM-dd)", "whole number", "one of A, B". */
    public static String simpleTypeName(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder names = new StringBuilder("one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                names.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return "value (" + names + ")";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime" -> "timestamp (ISO-8601 with offset)";
            case "BigDecimal", "Double", "double", "Float", "float" -> "number";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Boolean", "boolean" -> "boolean";
            case "String" -> "string";
            case "List", "Set", "Collection" -> "array";
            default -> "object";
        };
    }

    private static String shortValue(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
