package com.merchantanalysis.gateway.health;

/**
 * One service as {@code /services/health} reports it.
 *
 * @param status          UP when at least one instance is UP
 * @param responseTimeMs  the fastest healthy instance's answer time; null when none answered UP
 */
public record ServiceHealth(String status, Long responseTimeMs, int instances, int instancesUp) {
}
