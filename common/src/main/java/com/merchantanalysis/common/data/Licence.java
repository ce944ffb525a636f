package com.merchantanalysis.common.data;

import java.time.LocalDate;

/** A licence the merchant holds; {@code validUntil} is the last day it is valid. */
public record Licence(LicenceKind kind, String number, LocalDate validUntil) {
}
