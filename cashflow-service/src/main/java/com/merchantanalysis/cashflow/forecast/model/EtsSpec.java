package com.merchantanalysis.cashflow.forecast.model;

/**
 * One member of the ETS family (Hyndman et al. 2008): error, trend (optionally damped) and season types.
 */
public record EtsSpec(Component error, Component trend, boolean damped, Component season) {

    public enum Component { NONE, ADDITIVE, MULTIPLICATIVE }

    public EtsSpec {
        if (error == Component.NONE) {
            throw new IllegalArgumentException("error must be additive or multiplicative");
        }
        if (damped && trend == Component.NONE) {
            throw new IllegalArgumentException("a damped model needs a trend");
        }
    }

    /** Parses R's notation, e.g. {@code AAdA}, {@code MNM}. */
    public static EtsSpec parse(String code) {
        boolean damped = code.length() == 4;
        return new EtsSpec(component(code.charAt(0)), component(code.charAt(1)), damped,
                component(code.charAt(damped ? 3 : 2)));
    }

    private static Component component(char c) {
        return switch (c) {
            case 'N' -> Component.NONE;
            case 'A' -> Component.ADDITIVE;
            case 'M' -> Component.MULTIPLICATIVE;
            default -> throw new IllegalArgumentException("Unknown ETS component " + c);
        };
    }

    public boolean hasTrend() {
        return trend != Component.NONE;
    }

    public boolean hasSeason() {
        return season != Component.NONE;
    }

    /** True if the model needs strictly positive data. */
    public boolean needsPositiveData() {
        return error == Component.MULTIPLICATIVE || trend == Component.MULTIPLICATIVE
                || season == Component.MULTIPLICATIVE;
    }

    /** {@code ETS(A,Ad,A)} */
    public String label() {
        return "ETS(" + letter(error) + "," + letter(trend) + (damped ? "d" : "") + "," + letter(season) + ")";
    }

    private static String letter(Component c) {
        return switch (c) {
            case NONE -> "N";
            case ADDITIVE -> "A";
            case MULTIPLICATIVE -> "M";
        };
    }
}
