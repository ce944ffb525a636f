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
 * @param maxFileSize       larger uploads are refused with 413 before anything is stored; the same as
 *                          the service's request body limit, so that there is one limit
 * @param batchSize         rows handed to the store per bulk insert (and per progress update of a job)
 * @param maxErrors         row errors listed in the answer (all are counted)
 * @param jobAboveLines     a file with more lines runs as a job (202); smaller ones are answered at once
 * @param jobAboveSize      a file larger than this runs as a job too
 * @param jobThreads        import jobs running at the same time
 * @param jobQueueCapacity  import jobs waiting for a thread; more are refused with 503
 */
@Validated
@ConfigurationProperties("merchant.simulator.imports")
public record ImportSettings(
        @NotNull @DefaultValue("20MB") DataSize maxFileSize,
        @Min(1) @Max(50_000) @DefaultValue("2000") int batchSize,
        @Min(1) @Max(1_000) @DefaultValue("50") int maxErrors,
        @Min(0) @DefaultValue("1000") long jobAboveLines,
        @NotNull @DefaultValue("256KB") DataSize jobAboveSize,
        @Min(1) @Max(8) @DefaultValue("1") int jobThreads,
        @Min(0) @Max(1_000) @DefaultValue("16") int jobQueueCapacity) {
}
