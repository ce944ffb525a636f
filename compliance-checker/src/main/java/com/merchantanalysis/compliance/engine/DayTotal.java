package com.merchantanalysis.compliance.engine;

import java.time.LocalDate;
import java.util.List;

/** The transactions of one local day in one category, and their sum in fen. */
public record DayTotal(LocalDate date, long cents, List<Tx> transactions) {
}
