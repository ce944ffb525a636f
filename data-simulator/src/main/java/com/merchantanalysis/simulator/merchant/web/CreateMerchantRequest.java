package com.merchantanalysis.simulator.merchant.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.merchantanalysis.common.data.Industry;

/**
 * A merchant to create. With {@code archetype} (see {@code GET /archetypes}) every other field is an
 * optional override of the archetype's defaults; without it, {@code name}, {@code industry},
 * {@code city}, {@code openingDate} and {@code openingCashBalance} are required (a merchant for
 * imported data). {@code zoneId} defaults to the platform zone and {@code channels} to the
 * archetype's (or the standard) channel contracts.
 */
record CreateMerchantRequest(
        @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+", message = "must be an archetype name like hotpot") String archetype,
        @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        Industry industry,
        @Size(max = 50) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String city,
        @Min(1) @Max(5) Integer cityTier,
        @PastOrPresent LocalDate openingDate,
        @Size(max = 64) String zoneId,
        @Size(max = 20) List<@Valid @NotNull LicenceView> licences,
        @Size(max = 6) List<@Valid @NotNull ChannelView> channels,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal openingCashBalance) {
}
