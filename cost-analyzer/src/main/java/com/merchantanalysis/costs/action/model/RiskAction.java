package com.merchantanalysis.costs.action.model;

/**
 * A recommendation that protects the figures or the merchant rather than saving a known amount (import
 * the missing records, put a channel's contracted fee on file). It carries no yuan figure, so that it is
 * ranked by its risk in a list of its own and never against savings.
 *
 * @param risk      HIGH, MEDIUM or LOW: how badly the answers or the merchant are exposed without it
 * @param title     what to do, in the caller's language
 * @param evidence  what was found, in words
 */
public record RiskAction(String title, String category, String risk, String evidence) {

    public static final String HIGH = "HIGH";
    public static final String MEDIUM = "MEDIUM";
    public static final String LOW = "LOW";
}
