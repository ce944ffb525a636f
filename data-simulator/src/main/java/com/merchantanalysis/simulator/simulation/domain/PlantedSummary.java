package com.merchantanalysis.simulator.simulation.domain;

import java.time.LocalDate;

import com.merchantanalysis.common.data.PlantedEvent;

/**
 * What a simulation planted: the event, the days it covers, how many transactions carry its label,
 * and which service and rule or analysis should find it.
 */
public record PlantedSummary(PlantedEvent event, String label, String service, String finder, LocalDate from,
        LocalDate to, long transactionCount, String detail) {
}
