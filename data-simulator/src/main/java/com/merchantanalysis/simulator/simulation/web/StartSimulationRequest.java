package com.merchantanalysis.simulator.simulation.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /merchants/{id}/simulations}: the period (inclusive, merchant-local days), the seed and events to plant. */
record StartSimulationRequest(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull Long seed,
        @Size(max = 20) List<@Valid @NotNull InjectRequest> inject) {
}
