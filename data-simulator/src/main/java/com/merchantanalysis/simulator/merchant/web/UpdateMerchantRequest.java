package com.merchantanalysis.simulator.merchant.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.merchantanalysis.common.data.Industry;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A JSON merge patch (RFC 7396) of a merchant: a field left out keeps its value, a field given replaces
 * it, and {@code licences} and {@code channels} are replaced as a whole list. None of these fields can be
 * removed, so an explicit null is refused, naming the field. Each field is an Optional to tell the two
 * apart: null when the field is absent, empty when it is given as null (data-simulator's JSON mapper
 * reads with {@code use-null-for-missing-reference-values}).
 */
@Schema(description = "Fields to change; a field left out keeps its value. licences and channels replace the whole list.")
record UpdateMerchantRequest(
        Optional<@NotNull(message = KEEP) @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> name,
        @Schema(description = "Only for a merchant without an archetype; an archetype fixes its industry")
        Optional<@NotNull(message = KEEP) Industry> industry,
        Optional<@NotNull(message = KEEP) @Size(max = 50) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> city,
        Optional<@NotNull(message = KEEP) @Min(1) @Max(5) Integer> cityTier,
        @Schema(description = "CNY, the cash balance on the opening date")
        Optional<@NotNull(message = KEEP) @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal> openingCashBalance,
        @Schema(description = "The whole list of payment channels with their contracted fee rates")
        Optional<@NotNull(message = KEEP) @Size(min = 1, max = 6) List<@Valid @NotNull ChannelView>> channels,
        @Schema(description = "The whole list of licences, e.g. with a renewed licence's new validUntil")
        Optional<@NotNull(message = KEEP) @Size(max = 20) List<@Valid @NotNull LicenceView>> licences) {

    static final String KEEP = "cannot be removed; leave the field out to keep its value";
}
