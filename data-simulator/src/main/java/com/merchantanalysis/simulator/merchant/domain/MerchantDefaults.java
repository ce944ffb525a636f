package com.merchantanalysis.simulator.merchant.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import com.merchantanalysis.common.data.ChannelContract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a new merchant gets when the request leaves it out.
 *
 * @param channels  the payment channels a small merchant typically has, with the standard rates
 */
@Validated
@ConfigurationProperties("merchant.simulator.defaults")
public record MerchantDefaults(@NotEmpty List<@Valid ChannelContract> channels) {
}
