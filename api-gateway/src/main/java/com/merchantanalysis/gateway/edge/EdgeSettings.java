package com.merchantanalysis.gateway.edge;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits the gateway applies to every request before anything else sees it. The header size limit is
 * Netty's ({@code server.max-http-request-header-size}, in merchant-common.yml).
 *
 * @param maxRequestBodySize        larger bodies get 413 problem+json
 * @param importMaxRequestBodySize  the same for a transaction import ({@code .../transactions:import}):
 *                                  data-simulator's own body limit, so that the gateway never refuses a
 *                                  file the documented import limit allows
 * @param unreadBodyDrainSize       a body the gateway answered without reading is read and discarded up
 *                                  to this size, so that a client still uploading gets the answer
 * @param unreadBodyDrainTime       and for no longer than this
 */
@Validated
@ConfigurationProperties("merchant.gateway.edge")
public record EdgeSettings(@DefaultValue("10MB") @NotNull DataSize maxRequestBodySize,
        @DefaultValue("20MB") @NotNull DataSize importMaxRequestBodySize,
        @DefaultValue("64MB") @NotNull DataSize unreadBodyDrainSize,
        @DefaultValue("30s") @NotNull Duration unreadBodyDrainTime) {

    /** The body limit for a request to this path. */
    public long maxBytes(String path) {
        return (path.endsWith("/transactions:import") ? importMaxRequestBodySize : maxRequestBodySize).toBytes();
    }
}
