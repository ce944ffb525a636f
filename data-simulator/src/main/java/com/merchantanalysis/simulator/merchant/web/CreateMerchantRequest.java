package com.merchantanalysis.simulator.merchant.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import com.merchantanalysis.common.data.Industry;

/**
 * A merchant to create. {@code zoneId} defaults to the platform zone and {@code channels} to the
 * standard channel contracts when left out.
 */
record CreateMerchantRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull Industry industry,
        @NotBlank @Size(max = 50) String city,
        @NotNull @PastOrPresent LocalDate openingDate,
        @Size(max = 64) String zoneId,
        @Size(max = 20) List<@Valid @NotNull LicenceView> licences,
        @Size(max = 6) List<@Valid @NotNull ChannelView> channels,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal openingCashBalance) {
}
