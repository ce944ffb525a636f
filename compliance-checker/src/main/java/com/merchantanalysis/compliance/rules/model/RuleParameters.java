package com.merchantanalysis.compliance.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of one rule version as written in its YAML file, read through typed getters so that a
 * missing or mistyped parameter names itself instead of failing somewhere inside a rule.
 */
public final class RuleParameters {

    private final String owner;
    private final Map<String, Object> values;

    public RuleParameters(String owner, Map<String, Object> values) {
        this.owner = owner;
        this.values = values == null ? Map.of() : new TreeMap<>(values);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public BigDecimal decimal(String name) {
        Object value = require(name);
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                throw invalid(name, "a number");
            }
        }
        throw invalid(name, "a number");
    }

    /** An amount of money, in yuan with two decimals. */
    public BigDecimal money(String name) {
        return decimal(name).setScale(2, RoundingMode.HALF_UP);
    }

    public double number(String name) {
        return decimal(name).doubleValue();
    }

    public int integer(String name) {
        return decimal(name).intValueExact();
    }

    public String text(String name) {
        return require(name).toString();
    }

    public List<String> texts(String name) {
        Object value = require(name);
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        throw invalid(name, "a list");
    }

    public List<BigDecimal> decimals(String name) {
        return texts(name).stream().map(BigDecimal::new).toList();
    }

    /** A nested map of parameters, e.g. norms per industry. */
    public RuleParameters nested(String name) {
        Object value = require(name);
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((k, v) -> copy.put(k.toString(), v));
            return new RuleParameters(owner + "." + name, copy);
        }
        throw invalid(name, "a map");
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("Rule " + owner + " has no parameter '" + name + "'");
        }
        return value;
    }

    private IllegalStateException invalid(String name, String expected) {
        return new IllegalStateException("Rule " + owner + " parameter '" + name + "' must be " + expected);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleParameters p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
