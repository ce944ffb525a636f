package com.merchantanalysis.gateway.edge;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits the gateway applies to every request before anything else sees it. The header size limit is
 * Netty's ({@code server.max-http-request-header-size}, in merchant-common.yml).
 *
 * @param maxRequestBodySize  larger bodies get 413 problem+json; room for transaction imports
 */
@Validated
@ConfigurationProperties("merchant.gateway.edge")
public record EdgeSettings(@DefaultValue("10MB") @NotNull DataSize maxRequestBodySize) {
}
