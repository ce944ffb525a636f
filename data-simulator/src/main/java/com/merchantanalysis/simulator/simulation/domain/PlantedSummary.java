package com.merchantanalysis.simulator.simulation.domain;

import java.time.LocalDate;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.text.Message;

/**
 * What a simulation planted: the event, the days it covers, how many transactions carry its label,
 * and which service and rule or analysis should find it.
 *
 * @param detail         what was planted, worded when the job is read
 * @param channel        FEE_OVERCHARGE and PERSONAL_CODE_BUSINESS: the channel it was planted on, for
 *                       machines (the detail names it in words); null for the other events
 * @param floorCrossedOn CASH_SHORTFALL only: the first day the balance ended below zero (then also
 *                       {@code to}), or null when it stayed above zero to the period's end
 */
public record PlantedSummary(PlantedEvent event, String label, String service, String finder, LocalDate from,
        LocalDate to, long transactionCount, Message detail, PaymentChannel channel, LocalDate floorCrossedOn) {
}
