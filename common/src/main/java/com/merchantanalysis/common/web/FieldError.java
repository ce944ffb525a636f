package com.merchantanalysis.common.web;

/** One rejected input value, as listed under {@code errors} in a validation problem. */
public record FieldError(String field, String message) {
}
