package com.merchantanalysis.gateway.health;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What {@code /services/health} asks.
 *
 * @param services  discovery ids of the services behind the gateway
 * @param timeout   how long one instance may take to answer its health check
 */
@Validated
@ConfigurationProperties("merchant.gateway.health")
public record ServicesHealthSettings(
        @NotEmpty List<String> services,
        @DefaultValue("2s") Duration timeout) {
}
