package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;

import com.merchantanalysis.common.data.MerchantDocument;

/** The merchant a caller may see and the day its forecast starts after. */
public record Target(MerchantDocument merchant, LocalDate asOf) {
}
