package com.merchantanalysis.compliance.licence.domain;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When a licence starts to be flagged before its last valid day.
 *
 * @param licenceWarningDays  warning windows in days, in any order; a licence is flagged
 *                            {@code EXPIRING_<days>} with the smallest window it falls in
 */
@Validated
@ConfigurationProperties("merchant.compliance")
public record LicenceSettings(
        @DefaultValue({ "90", "60", "30" }) @NotNull List<@NotNull @Positive Integer> licenceWarningDays) {
}
