package com.merchantanalysis.simulator.simulation.domain;

import java.time.LocalDate;
import java.util.List;

/** A simulation to run for a merchant, already checked field by field. */
public record SimulationRequest(LocalDate from, LocalDate to, long seed, List<InjectSpec> inject) {
}
