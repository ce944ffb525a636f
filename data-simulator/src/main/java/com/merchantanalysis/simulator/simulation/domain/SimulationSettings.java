package com.merchantanalysis.simulator.simulation.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How simulations run.
 *
 * @param threads            simulations running at the same time
 * @param writersPerSimulation batches of one simulation written at the same time, each on its own
 *                           writer thread, while the simulation generates the next
 * @param queueCapacity      simulations waiting for a thread; more are refused with 503
 * @param batchSize          transactions per bulk insert
 * @param progressEveryDays  how often (simulated days) progress is saved and logged
 * @param maxYears           longest period one simulation may cover
 */
@Validated
@ConfigurationProperties("merchant.simulator.simulation")
public record SimulationSettings(
        @DefaultValue("1") @Min(1) @Max(16) int threads,
        @DefaultValue("2") @Min(1) @Max(8) int writersPerSimulation,
        @DefaultValue("16") @Min(0) @Max(1000) int queueCapacity,
        @DefaultValue("5000") @Min(100) @Max(100_000) int batchSize,
        @DefaultValue("30") @Min(1) @Max(366) int progressEveryDays,
        @DefaultValue("5") @Min(1) @Max(10) int maxYears) {
}
