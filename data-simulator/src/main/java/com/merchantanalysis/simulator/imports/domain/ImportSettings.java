package com.merchantanalysis.simulator.imports.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of {@code transactions:import}.
 *
 * @param maxFileSize  larger uploads are refused with 413 before anything is stored
 * @param batchSize    rows handed to the store per bulk insert
 * @param maxErrors    row errors listed in the answer (all are counted)
 */
@Validated
@ConfigurationProperties("merchant.simulator.imports")
public record ImportSettings(
        @NotNull @DefaultValue("20MB") DataSize maxFileSize,
        @Min(1) @Max(50_000) @DefaultValue("2000") int batchSize,
        @Min(1) @Max(1_000) @DefaultValue("50") int maxErrors) {
}
